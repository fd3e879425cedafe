import {
  addDays,
  addWeeks,
  format,
  getISODay,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  parseISO,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import { isIsoDate, toIsoDate } from './dates';
import { WEEKDAYS, type Weekday } from './model/settings';

/**
 * Weeks are ISO 8601 weeks, keyed `YYYY-Www` (week-numbering year, Monday first), the
 * key a planner week is stored under. All arithmetic goes through calendar dates
 * (`YYYY-MM-DD`) and date-fns' calendar functions, so a DST change (even one that skips
 * midnight) never moves a day.
 */
export type WeekKey = string;

export const WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;

export function isWeekKey(value: string): boolean {
  const match = WEEK_KEY_RE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // Jan 4th is always in week 1 of its ISO year.
  return week >= 1 && week <= getISOWeeksInYear(new Date(year, 0, 4, 12));
}

/** The ISO week a calendar date belongs to (2027-01-01 is in 2026-W53). */
export function weekKeyOf(isoDate: string): WeekKey {
  const date = parseISO(isoDate);
  const week = getISOWeek(date);
  return `${getISOWeekYear(date)}-W${String(week).padStart(2, '0')}`;
}

export function weekKeyOfDate(date: Date): WeekKey {
  return weekKeyOf(toIsoDate(date));
}

function parseKey(key: WeekKey): { year: number; week: number } {
  const match = WEEK_KEY_RE.exec(key);
  if (!match || !isWeekKey(key)) throw new Error(`Not an ISO week: ${key}`);
  return { year: Number(match[1]), week: Number(match[2]) };
}

/** The Monday of an ISO week, as `YYYY-MM-DD`. */
export function mondayOf(key: WeekKey): string {
  const { year, week } = parseKey(key);
  // Noon keeps the arithmetic clear of any midnight that a DST change skips.
  return toIsoDate(startOfISOWeek(setISOWeek(new Date(year, 0, 4, 12), week)));
}

/** The seven calendar dates of the week, Monday first, keyed by weekday. */
export function datesOfWeek(key: WeekKey): Record<Weekday, string> {
  const monday = parseISO(`${mondayOf(key)}T12:00:00`);
  const out = {} as Record<Weekday, string>;
  WEEKDAYS.forEach((day, index) => {
    out[day] = toIsoDate(addDays(monday, index));
  });
  return out;
}

export function dateOf(key: WeekKey, day: Weekday): string {
  return datesOfWeek(key)[day];
}

export function addWeeksToKey(key: WeekKey, weeks: number): WeekKey {
  return weekKeyOf(toIsoDate(addWeeks(parseISO(`${mondayOf(key)}T12:00:00`), weeks)));
}

export function weekdayOf(isoDate: string): Weekday {
  const day = WEEKDAYS[getISODay(parseISO(`${isoDate}T12:00:00`)) - 1];
  if (!day) throw new Error(`Not a date: ${isoDate}`);
  return day;
}

export function weekNumber(key: WeekKey): number {
  return parseKey(key).week;
}

/** Keys compare as strings in calendar order (the year and week are zero-padded). */
export function compareWeekKeys(a: WeekKey, b: WeekKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every week from `from` to `to`, both included (empty when `to` is earlier). */
export function weekRange(from: WeekKey, to: WeekKey): WeekKey[] {
  const out: WeekKey[] = [];
  for (let key = from; compareWeekKeys(key, to) <= 0; key = addWeeksToKey(key, 1)) out.push(key);
  return out;
}

/** "5 – 9 Jan 2026" for the given first and last dates of a span. */
export function formatSpan(first: string, last: string): string {
  if (!isIsoDate(first) || !isIsoDate(last)) return `${first} – ${last}`;
  const a = parseISO(first);
  const b = parseISO(last);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(a, 'd')} – ${format(b, 'd MMM yyyy')}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${format(a, 'd MMM')} – ${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd MMM yyyy')} – ${format(b, 'd MMM yyyy')}`;
}

export function formatDayLong(isoDate: string): string {
  return format(parseISO(`${isoDate}T12:00:00`), 'EEEE d MMMM');
}

export function formatDayShort(isoDate: string): string {
  return format(parseISO(`${isoDate}T12:00:00`), 'd MMM');
}
