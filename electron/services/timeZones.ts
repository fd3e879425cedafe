/**
 * Time-zone arithmetic from the ICU data Node ships (Intl), for calendar export: wall-clock
 * times in an IANA zone to UTC, and the zone's offset changes as a VTIMEZONE.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutes(zone: string, utcMs: number): number {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time in a zone. A time that a DST change skips (02:30 on
 * the night clocks go forward) comes out an hour later, as RFC 5545 reads it.
 */
export function zonedToUtc(zone: string, isoDate: string, time: string): number {
  const [y = 0, mo = 1, d = 1] = isoDate.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi);
  let guess = local - offsetMinutes(zone, local) * 60_000;
  guess = local - offsetMinutes(zone, guess) * 60_000;
  return guess;
}

export interface Transition {
  /** The instant the new offset starts. */
  utcMs: number;
  from: number;
  to: number;
}

const HOUR = 3_600_000;

/** Every offset change in [fromMs, toMs], to the minute. */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const out: Transition[] = [];
  let previous = offsetMinutes(zone, fromMs);
  // Offsets never change twice within 12 hours.
  for (let t = fromMs + 12 * HOUR; t <= toMs + 12 * HOUR; t += 12 * HOUR) {
    const offset = offsetMinutes(zone, t);
    if (offset === previous) continue;
    let lo = t - 12 * HOUR;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    if (hi <= toMs) out.push({ utcMs: hi, from: previous, to: offset });
    previous = offset;
  }
  return out;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A UTC instant as iCalendar local time in the given offset: 20260329T020000. */
function localStamp(utcMs: number, offset: number): string {
  return new Date(utcMs + offset * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/**
 * The zone as a VTIMEZONE covering the given years: the offset in force when they start,
 * then one observance per change (each onset in the local time before it, RFC 5545 3.6.5).
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(zone, start);
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${onset}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ];
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance('STANDARD', localStamp(start, initial), initial, initial),
  ];
  for (const t of transitions(zone, start, end)) {
    lines.push(...observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', localStamp(t.utcMs, t.from), t.from, t.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
