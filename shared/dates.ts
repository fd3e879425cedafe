import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/**
 * The one date module. Calendar dates are `YYYY-MM-DD` strings: no time zone, no clock.
 * Their arithmetic and formatting run on UTCDate (date-fns in UTC), so no zone can move a
 * day: not a DST change, not one that skips midnight, not Samoa skipping 30 Dec 2011.
 * The only place a zone counts is `localDateOf`: which calendar date a moment falls on
 * where the user is (today, the day a snapshot is taken).
 */
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as a date-fns date in UTC (NaN fields give an invalid date). */
export function calendarDate(isoDate: string): UTCDate {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = isoDate.split('-').map(Number);
  const date = new UTCDate(2000, 0, 1);
  // setFullYear, not the constructor: that reads years 0–99 as 1900–1999.
  date.setFullYear(y, m - 1, d);
  return date;
}

/** The `YYYY-MM-DD` of a date from `calendarDate` (or any UTCDate). */
export function isoOfCalendarDate(date: UTCDate): string {
  return format(date, 'yyyy-MM-dd');
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_RE.test(value)) return false;
  const date = calendarDate(value);
  // new UTCDate(2026, 1, 30) is March 2nd; round-tripping rejects it.
  return isValid(date) && isoOfCalendarDate(date) === value;
}

/** The calendar date a moment falls on in the local time zone: today, for `new Date()`. */
export function localDateOf(moment: Date): string {
  return format(moment, 'yyyy-MM-dd');
}

export function addDaysIso(isoDate: string, days: number): string {
  return isoOfCalendarDate(addDays(calendarDate(isoDate), days));
}

export function addWeeksIso(isoDate: string, weeks: number): string {
  return isoOfCalendarDate(addWeeks(calendarDate(isoDate), weeks));
}

/** Calendar months; date-fns clamps to the month's last day (30 Nov + 3 → 28/29 Feb). */
export function addMonthsIso(isoDate: string, months: number): string {
  return isoOfCalendarDate(addMonths(calendarDate(isoDate), months));
}

/** Days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(calendarDate(to), calendarDate(from));
}

/** The playbook's default: an engagement is about ten weeks long. */
export function defaultEndDate(startDate: string, engagementWeeks: number): string {
  return addWeeksIso(startDate, engagementWeeks);
}

/** "5 Jan 2026"; anything that is not a calendar date is shown as it is. */
export function formatDisplayDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return format(calendarDate(isoDate), 'd MMM yyyy');
}

/** "Monday 5 January". */
export function formatDayLong(isoDate: string): string {
  return format(calendarDate(isoDate), 'EEEE d MMMM');
}

/**
 * The moment a local wall time on a calendar date falls at where the user is: a meeting's
 * start ("15:00" on 2026-12-03). In a DST gap (02:30 on the day clocks jump) it is the moment
 * after the jump, as date-fns and the platform read it.
 */
export function localMoment(isoDate: string, time: string): Date {
  return parseISO(`${isoDate}T${time}:00`);
}

/** "Thu 3 Dec, 15:00": a moment in the user's zone, for a meeting's slot. */
export function formatDayTime(moment: Date): string {
  return format(moment, 'EEE d MMM, HH:mm');
}

/** "5 Jan". */
export function formatDayShort(isoDate: string): string {
  return format(calendarDate(isoDate), 'd MMM');
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
