import { afterEach, beforeEach } from 'vitest';

/**
 * Runs each test of the enclosing describe with the process in `zone` (Node re-reads TZ when
 * it is assigned), then puts the zone back. For tests about local dates at a given offset;
 * the rest of the suite runs in whatever zone the machine has, so zone bugs still show.
 */
export function useTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env['TZ'];
    process.env['TZ'] = zone;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env['TZ'];
    else process.env['TZ'] = previous;
  });
}
