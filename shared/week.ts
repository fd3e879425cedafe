import { getISODay, getISOWeek, getISOWeeksInYear, getISOWeekYear, setISOWeek, startOfISOWeek } from 'date-fns';
import { addDaysIso, addWeeksIso, calendarDate, isoOfCalendarDate, localDateOf } from './dates';
import { WEEKDAYS, type Weekday } from './model/settings';

/**
 * Weeks are ISO 8601 weeks, keyed `YYYY-Www` (week-numbering year, Monday first), the
 * key a planner week is stored under. The days in them are calendar dates from ./dates
 * (UTCDate underneath, so no time zone can move a day).
 */
export type WeekKey = string;

const WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;

export function isWeekKey(value: string): boolean {
  const match = WEEK_KEY_RE.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  // Jan 4th is always in week 1 of its ISO year.
  return week >= 1 && week <= getISOWeeksInYear(calendarDate(`${match[1]}-01-04`));
}

/** The ISO week a calendar date belongs to (2027-01-01 is in 2026-W53). */
export function weekKeyOf(isoDate: string): WeekKey {
  const date = calendarDate(isoDate);
  const week = getISOWeek(date);
  return `${getISOWeekYear(date)}-W${String(week).padStart(2, '0')}`;
}

/** The week of a moment, by the local calendar date (today's week). */
export function weekKeyOfDate(date: Date): WeekKey {
  return weekKeyOf(localDateOf(date));
}

function parseKey(key: WeekKey): { year: string; week: number } {
  const match = WEEK_KEY_RE.exec(key);
  if (!match?.[1] || !isWeekKey(key)) throw new Error(`Not an ISO week: ${key}`);
  return { year: match[1], week: Number(match[2]) };
}

/** The Monday of an ISO week, as `YYYY-MM-DD`. */
export function mondayOf(key: WeekKey): string {
  const { year, week } = parseKey(key);
  return isoOfCalendarDate(startOfISOWeek(setISOWeek(calendarDate(`${year}-01-04`), week)));
}

/** The seven calendar dates of the week, Monday first, keyed by weekday. */
export function datesOfWeek(key: WeekKey): Record<Weekday, string> {
  const monday = mondayOf(key);
  const out = {} as Record<Weekday, string>;
  WEEKDAYS.forEach((day, index) => {
    out[day] = addDaysIso(monday, index);
  });
  return out;
}

export function addWeeksToKey(key: WeekKey, weeks: number): WeekKey {
  return weekKeyOf(addWeeksIso(mondayOf(key), weeks));
}

export function weekdayOf(isoDate: string): Weekday {
  const day = WEEKDAYS[getISODay(calendarDate(isoDate)) - 1];
  if (!day) throw new Error(`Not a date: ${isoDate}`);
  return day;
}

export function weekNumber(key: WeekKey): number {
  return parseKey(key).week;
}

/**
 * How a week reads on screen: "Week 49", never the storage key "2026-W49". The year is added
 * ("Week 1, 2027") only when the week belongs to another ISO year than today's week, as
 * calendars and mail apps write a date: an engagement that runs over New Year, or one looked
 * back on later, stays unambiguous, and the current week never carries a year. It is the ISO
 * week-numbering year, so Fri 1 Jan 2027 is in "Week 53" (of 2026), not in a week of 2027.
 */
export function formatWeek(key: WeekKey, today: string): string {
  const { year, week } = parseKey(key);
  return year === parseKey(weekKeyOf(today)).year ? `Week ${week}` : `Week ${week}, ${year}`;
}

/** Keys compare as strings in calendar order (the year and week are zero-padded). */
export function compareWeekKeys(a: WeekKey, b: WeekKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a date falls in a week before today's (a past week's retro is a record). */
export function isPastWeek(isoDate: string, today: string): boolean {
  return compareWeekKeys(weekKeyOf(isoDate), weekKeyOf(today)) < 0;
}

/** Every week from `from` to `to`, both included (empty when `to` is earlier). */
export function weekRange(from: WeekKey, to: WeekKey): WeekKey[] {
  const out: WeekKey[] = [];
  for (let key = from; compareWeekKeys(key, to) <= 0; key = addWeeksToKey(key, 1)) out.push(key);
  return out;
}
