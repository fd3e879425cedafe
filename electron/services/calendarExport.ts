import { createEvents, type EventAttributes } from 'ics';
import type { CalendarEvent } from '../../shared/calendar';
import type { Weekday } from '../../shared/model/settings';
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

/**
 * An .ics file (RFC 5545) for the events: built with the `ics` package, whose times are
 * floating or UTC only, then given TZID parameters and a VTIMEZONE so that times stay on
 * the user's wall clock, and a weekly retro stays at the same time across DST changes.
 */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const zone = isValidTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  // Later exports carry a higher SEQUENCE, so calendars take them as updates (minutes since 2025).
  const sequence = Math.max(0, Math.floor((options.now.getTime() - Date.UTC(2025, 0, 1)) / 60_000));
  const attributes = events.map((event): EventAttributes => {
    const base: EventAttributes = {
      uid: event.uid,
      title: event.title,
      start: wallClock(event.date, event.start),
      end: wallClock(event.date, event.start, event.minutes),
      sequence,
      busyStatus: event.busy,
      transp: 'OPAQUE',
      categories: event.categories,
      productId: '-//Aux Desk//Weekly planner//EN',
    };
    if (event.description) base.description = event.description;
    if (event.weekly) {
      // UNTIL is UTC when DTSTART has a TZID (RFC 5545 3.3.10): the end of the last day.
      const until = utcStamp(zonedToUtc(zone, event.weekly.until, '23:59') + 59_000);
      const days = event.weekly.days.map((d) => BYDAY[d]).join(',');
      base.recurrenceRule = `FREQ=WEEKLY;BYDAY=${days};UNTIL=${until}`;
    }
    return base;
  });
  const { error, value } = createEvents(attributes, {
    productId: '-//Aux Desk//Weekly planner//EN',
    method: 'PUBLISH',
    calName: options.calendarName,
  });
  if (error || value === null) throw new Error(`The calendar file could not be built: ${error?.message ?? 'no output'}`);

  const years = events.flatMap((e) => [e.date, e.weekly?.until ?? e.date]).map((d) => Number(d.slice(0, 4)));
  const from = years.length > 0 ? Math.min(...years) : options.now.getUTCFullYear();
  const to = years.length > 0 ? Math.max(...years) : options.now.getUTCFullYear();
  const timezone = vtimezone(zone, from - 1, to + 1).join('\r\n');
  const zoned = value.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})\r$/gm, `$1;TZID=${zone}:$2\r`);
  const at = zoned.indexOf('BEGIN:VEVENT');
  const header = at === -1 ? zoned.replace(/END:VCALENDAR\r\n$/, '') : zoned.slice(0, at);
  const rest = at === -1 ? 'END:VCALENDAR\r\n' : zoned.slice(at);
  return `${header}X-WR-TIMEZONE:${zone}\r\n${timezone}\r\n${rest}`;
}
