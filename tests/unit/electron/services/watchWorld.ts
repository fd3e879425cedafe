import type { EventPayloadOf } from '../../../../shared/ipc';
import { openServices, type HarnessOptions } from '../../support/services';

/** Services with the folder watch running (40 ms of quiet), and the engagement-changed events they send. */
export function watched(dataDir: string, options: HarnessOptions = {}) {
  const harness = openServices(dataDir, { watchDebounceMs: 40, ...options });
  const changes: EventPayloadOf<'engagement-changed'>[] = [];
  harness.services.setEventSink((channel, payload) => {
    if (channel === 'engagement-changed') changes.push(payload as EventPayloadOf<'engagement-changed'>);
  });
  harness.services.startBackground();
  return { ...harness, changes };
}

/** Long enough for the watch to have seen a write and answered it (many times its 40 ms of quiet). */
export const settleWatch = () => new Promise((resolve) => setTimeout(resolve, 300));
