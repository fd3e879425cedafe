import type { CalendarEvent } from '../../shared/calendar';
import type { Weekday } from '../../shared/model/settings';
import { contentLine, escapeText, textList } from './icsLines';
import { isValidTimeZone, vtimezone, zonedToUtc } from './timeZones';

const BYDAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** `2026-01-05` + `09:30` + minutes → `20260105T093000`, a wall-clock time (the day may roll over). */
function wallClock(date: string, time: string, plusMinutes = 0): string {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  // Arithmetic on a UTC calendar: wall-clock fields only, no zone involved.
  return new Date(Date.UTC(y, mo - 1, d, h, mi + plusMinutes)).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

export interface IcsOptions {
  /** IANA zone the wall-clock times are in (the user's). */
  timeZone: string;
  calendarName: string;
  now: Date;
}

const PRODUCT_ID = '-//Aux Desk//Weekly planner//EN';

function eventLines(event: CalendarEvent, zone: string, stamp: string, sequence: number): string[] {
  const tz = { TZID: zone };
  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    // When this file was made (RFC 5545 §3.8.7.2): the services' clock, which tests pin.
    contentLine('DTSTAMP', stamp),
    contentLine('DTSTART', wallClock(event.date, event.start), tz),
    contentLine('DTEND', wallClock(event.date, event.start, event.minutes), tz),
    contentLine('SEQUENCE', String(sequence)),
    contentLine('SUMMARY', escapeText(event.title)),
  ];
  if (event.description) lines.push(contentLine('DESCRIPTION', escapeText(event.description)));
  if (event.categories.length > 0) lines.push(contentLine('CATEGORIES', textList(event.categories)));
  if (event.weekly) {
    // UNTIL is UTC when DTSTART has a TZID (RFC 5545 3.3.10): the end of the last day.
    const until = utcStamp(zonedToUtc(zone, event.weekly.until, '23:59') + 59_000);
    const days = event.weekly.days.map((d) => BYDAY[d]).join(',');
    lines.push(contentLine('RRULE', `FREQ=WEEKLY;BYDAY=${days};UNTIL=${until}`));
  }
  lines.push(contentLine('TRANSP', 'OPAQUE'), contentLine('X-MICROSOFT-CDO-BUSYSTATUS', event.busy), 'END:VEVENT');
  return lines;
}

/**
 * An .ics file (RFC 5545) for the events. Times carry the user's zone as TZID with a
 * VTIMEZONE, so they stay on the user's wall clock and a weekly retro keeps its time
 * across DST changes. The content lines (escaping, folding) come from icsLines.
 */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const zone = isValidTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const now = options.now.getTime();
  // Later exports carry a higher SEQUENCE, so calendars take them as updates (minutes since 2025).
  const sequence = Math.max(0, Math.floor((now - Date.UTC(2025, 0, 1)) / 60_000));
  const stamp = utcStamp(now);

  const years = events.flatMap((e) => [e.date, e.weekly?.until ?? e.date]).map((d) => Number(d.slice(0, 4)));
  const from = years.length > 0 ? Math.min(...years) : options.now.getUTCFullYear();
  const to = years.length > 0 ? Math.max(...years) : options.now.getUTCFullYear();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    contentLine('PRODID', PRODUCT_ID),
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(options.calendarName)),
    contentLine('X-WR-TIMEZONE', zone),
    ...vtimezone(zone, from - 1, to + 1),
    ...events.flatMap((event) => eventLines(event, zone, stamp, sequence)),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
