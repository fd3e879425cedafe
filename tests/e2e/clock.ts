import { addDays, addWeeks, startOfISOWeek } from 'date-fns';
import { localDateOf } from '../../shared/dates';

/**
 * The instant every story starts at unless it says otherwise (`test.use({ now })`): Thursday
 * 11 February 2027, 16:00 in the zone the suite runs in, after that week's 14:00 retro. Both
 * clocks are pinned to it: the page's (Playwright's clock) and the services' injected `now`;
 * from there they run on at the real pace, so debounces and retries still fire.
 */
export const DEFAULT_NOW = new Date(2027, 1, 11, 16, 0, 0);

/** A local wall time in the zone the suite runs in. */
export function localInstant(isoDate: string, time = '10:00'): Date {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const [h = 0, min = 0] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min, 0);
}

/** Dates around a story's "today", as the user would type them. */
export function datesAround(now: Date) {
  const monday = startOfISOWeek(now);
  return {
    today: localDateOf(now),
    monday: localDateOf(monday),
    /** The Monday `n` weeks from this one (negative: before). */
    mondayIn: (n: number) => localDateOf(addWeeks(monday, n)),
    /** `n` days from today. */
    daysFromToday: (n: number) => localDateOf(addDays(now, n)),
  };
}
