import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addWeeks,
  format,
  getISODay,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';
import { isIsoDate, toIsoDate } from './dates';
import { WEEKDAYS, type Weekday } from './model/settings';

/**
 * Weeks are ISO 8601 weeks, keyed `YYYY-Www` (week-numbering year, Monday first), the
 * key a planner week is stored under. Calendar dates are `YYYY-MM-DD` strings; the
 * arithmetic runs on UTCDate (date-fns in UTC), so no time zone can move a day: not a DST
 * change, not one that skips midnight, not Samoa skipping 30 Dec 2011.
 */
export type WeekKey = string;

/** A calendar date as a date-fns date in UTC. */
export function calendarDate(isoDate: string): UTCDate {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = isoDate.split('-').map(Number);
  return new UTCDate(y, m - 1, d);
}

function isoOf(date: UTCDate): string {
  return format(date, 'yyyy-MM-dd');
}

export const WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;

export function isWeekKey(value: string): boolean {
  const match = WEEK_KEY_RE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // Jan 4th is always in week 1 of its ISO year.
  return week >= 1 && week <= getISOWeeksInYear(new UTCDate(year, 0, 4));
}

/** The ISO week a calendar date belongs to (2027-01-01 is in 2026-W53). */
export function weekKeyOf(isoDate: string): WeekKey {
  const date = calendarDate(isoDate);
  const week = getISOWeek(date);
  return `${getISOWeekYear(date)}-W${String(week).padStart(2, '0')}`;
}

/** The week of a moment, by the local calendar date (today's week). */
export function weekKeyOfDate(date: Date): WeekKey {
  return weekKeyOf(toIsoDate(date));
}

export function addDaysIso(isoDate: string, days: number): string {
  return isoOf(addDays(calendarDate(isoDate), days));
}

function parseKey(key: WeekKey): { year: number; week: number } {
  const match = WEEK_KEY_RE.exec(key);
  if (!match || !isWeekKey(key)) throw new Error(`Not an ISO week: ${key}`);
  return { year: Number(match[1]), week: Number(match[2]) };
}

/** The Monday of an ISO week, as `YYYY-MM-DD`. */
export function mondayOf(key: WeekKey): string {
  const { year, week } = parseKey(key);
  return isoOf(startOfISOWeek(setISOWeek(new UTCDate(year, 0, 4), week)));
}

/** The seven calendar dates of the week, Monday first, keyed by weekday. */
export function datesOfWeek(key: WeekKey): Record<Weekday, string> {
  const monday = calendarDate(mondayOf(key));
  const out = {} as Record<Weekday, string>;
  WEEKDAYS.forEach((day, index) => {
    out[day] = isoOf(addDays(monday, index));
  });
  return out;
}

export function dateOf(key: WeekKey, day: Weekday): string {
  return datesOfWeek(key)[day];
}

export function addWeeksToKey(key: WeekKey, weeks: number): WeekKey {
  return weekKeyOf(isoOf(addWeeks(calendarDate(mondayOf(key)), weeks)));
}

export function weekdayOf(isoDate: string): Weekday {
  const day = WEEKDAYS[getISODay(calendarDate(isoDate)) - 1];
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
  const a = calendarDate(first);
  const b = calendarDate(last);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(a, 'd')} – ${format(b, 'd MMM yyyy')}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${format(a, 'd MMM')} – ${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd MMM yyyy')} – ${format(b, 'd MMM yyyy')}`;
}

export function formatDayLong(isoDate: string): string {
  return format(calendarDate(isoDate), 'EEEE d MMMM');
}

export function formatDayShort(isoDate: string): string {
  return format(calendarDate(isoDate), 'd MMM');
}
