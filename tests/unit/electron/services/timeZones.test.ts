import { describe, expect, it } from 'vitest';
import { offsetMinutes, transitions, vtimezone, zonedToUtc } from '../../../../electron/services/timeZones';

describe('time zones (Intl)', () => {
  it('knows offsets, half-hour DST included', () => {
    expect(offsetMinutes('Europe/Berlin', Date.UTC(2026, 0, 15))).toBe(60);
    expect(offsetMinutes('Europe/Berlin', Date.UTC(2026, 6, 15))).toBe(120);
    expect(offsetMinutes('Australia/Lord_Howe', Date.UTC(2026, 0, 15))).toBe(660);
    expect(offsetMinutes('Australia/Lord_Howe', Date.UTC(2026, 6, 15))).toBe(630);
  });

  it('turns wall-clock times into instants, a skipped time an hour later', () => {
    expect(new Date(zonedToUtc('Europe/Berlin', '2026-03-29', '01:30')).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(new Date(zonedToUtc('Europe/Berlin', '2026-03-29', '03:30')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(zonedToUtc('Europe/Berlin', '2026-03-29', '02:30')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('finds each offset change to the minute', () => {
    expect(transitions('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { utcMs: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { utcMs: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
    expect(transitions('UTC', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });

  it('writes a VTIMEZONE with onsets in the local time before each change', () => {
    const lines = vtimezone('America/New_York', 2026, 2026);
    expect(lines).toContain('DTSTART:20260308T020000');
    expect(lines).toContain('DTSTART:20261101T020000');
    expect(lines.join('\n')).toMatch(
      /BEGIN:DAYLIGHT\nDTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT/,
    );
    expect(vtimezone('UTC', 2026, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
