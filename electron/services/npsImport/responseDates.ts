import { UTCDate } from '@date-fns/utc';
import { isValid, parse, parseISO } from 'date-fns';
import type { DateOrder } from '../../../shared/model/npsImport';

const TIMES = [
  '',
  ' H:mm:ss',
  ' H:mm',
  ' h:mm:ss a',
  ' h:mm a',
  ' h:mm:ssa',
  ' h:mma',
  ', H:mm:ss',
  ', H:mm',
  ', h:mm:ss a',
  ', h:mm a',
];

/**
 * The date-fns format of the date at the start of `value`, by its shape: year first
 * (Google Forms' "2027/02/08"), or day and month in `order` with a two- or four-digit year
 * (a dotted date is day-first wherever it is written). The year's digits are counted here:
 * date-fns' "yyyy" would read "27" as the year 27.
 */
function dateFormatOf(value: string, order: DateOrder): string | null {
  const yearFirst = /^\d{4}([/.-])\d{1,2}\1\d{1,2}(?!\d)/.exec(value);
  if (yearFirst) return `yyyy${yearFirst[1] ?? '/'}M${yearFirst[1] ?? '/'}d`;
  const dayMonth = /^\d{1,2}([/.-])\d{1,2}\1(\d{4}|\d{2})(?!\d)/.exec(value);
  if (!dayMonth) return null;
  const [, separator = '/', year = ''] = dayMonth;
  const y = year.length === 4 ? 'yyyy' : 'yy';
  return order === 'dmy' || separator === '.' ? `d${separator}M${separator}${y}` : `M${separator}d${separator}${y}`;
}

/** "GMT+1", "UTC-05:30", "GMT", "UTC" or "Z" at the end: the offset in minutes, and the wall time before it. */
function splitZone(value: string): { wall: string; offsetMinutes: number | null } {
  const match = /\s*(?:(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|Z)$/i.exec(value);
  if (!match) return { wall: value, offsetMinutes: null };
  const [, sign, hours = '0', minutes = '0'] = match;
  const size = Number(hours) * 60 + Number(minutes);
  return { wall: value.slice(0, match.index), offsetMinutes: sign === '-' ? -size : size };
}

/** Excel's serial day numbers (a CSV written from unformatted cells): days since 30 Dec 1899, local wall time. */
function excelSerial(value: string): Date | null {
  if (!/^\d{5}(\.\d+)?$/.test(value)) return null;
  const days = Number(value);
  if (days < 30000 || days > 80000) return null;
  const whole = Math.floor(days);
  const ms = Math.round((days - whole) * 86_400_000);
  const date = new Date(1899, 11, 30 + whole);
  return new Date(date.getTime() + ms);
}

/**
 * The moment a form's timestamp names: ISO 8601 (with or without offset), Google Forms'
 * "2027/02/08 4:14:03 PM GMT+1", a spreadsheet's "2/8/2027 16:14:03" or "08.02.2027 16:14"
 * in the given day/month order, or an Excel serial number. Without an offset it is wall time
 * where the user is. Null when it is none of these (or a day that does not exist, 31/2).
 */
export function parseResponseDate(raw: string, order: DateOrder, reference: Date): Date | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value === '') return null;
  if (/^\d{4}-\d{2}-\d{2}([T ]|$)/.test(value)) {
    const iso = parseISO(value);
    return isValid(iso) ? iso : null;
  }
  const serial = excelSerial(value);
  if (serial) return serial;
  const { wall, offsetMinutes } = splitZone(value);
  // With an offset the wall time is read in UTC and moved by it; without, in the local zone.
  const base = offsetMinutes === null ? reference : new UTCDate(reference.getTime());
  const dateFormat = dateFormatOf(wall, order);
  if (dateFormat === null) return null;
  for (const time of TIMES) {
    const date = parse(wall, `${dateFormat}${time}`, base);
    if (!isValid(date)) continue;
    return new Date(date.getTime() - (offsetMinutes ?? 0) * 60_000);
  }
  return null;
}

/**
 * Which order the file's dates are in: a first number over 12 is a day (dmy), a second one
 * over 12 is a day too (mdy); a dotted date is day-first wherever it is written. Ambiguous
 * when such dates exist and nothing tells (every day was 12 or less): month first, as US exports.
 */
export function guessDateOrder(values: readonly string[]): { order: DateOrder; ambiguous: boolean; used: boolean } {
  let dayFirst = 0;
  let monthFirst = 0;
  let numeric = 0;
  for (const value of values) {
    const match = /^\s*(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}\b/.exec(value);
    if (!match) continue;
    numeric++;
    const [, first = '0', separator, second = '0'] = match;
    if (separator === '.' || Number(first) > 12) dayFirst++;
    else if (Number(second) > 12) monthFirst++;
  }
  // Only dates such as 2/8/2027 can be read two ways; ISO and year-first dates cannot.
  const used = numeric > 0;
  if (dayFirst === 0 && monthFirst === 0) return { order: 'mdy', ambiguous: used, used };
  return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', ambiguous: false, used };
}
