import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../../../shared/model/settings';
import { weekKeyOf } from '../../../../shared/week';
import { retroClock, retroDateForWeek } from '../../../../shared/retro/rules';

describe('retroDateForWeek (ISO weeks start on Monday, in local time)', () => {
  it.each([
    ['Monday', new Date(2026, 2, 2, 0, 0), '2026-03-05'],
    ['Thursday itself', new Date(2026, 2, 5, 15, 0), '2026-03-05'],
    ['Saturday', new Date(2026, 2, 7, 12, 0), '2026-03-05'],
    [
      'Sunday late at night (still the week that began on Monday 2 March)',
      new Date(2026, 2, 8, 23, 59, 59),
      '2026-03-05',
    ],
    ['the next Monday just after midnight', new Date(2026, 2, 9, 0, 0, 1), '2026-03-12'],
  ])('with Thursday retros, from %s', (_when, today, expected) => {
    expect(retroDateForWeek(today, 'thu')).toBe(expected);
  });

  it('with Monday retros, a Sunday belongs to the Monday six days before', () => {
    expect(retroDateForWeek(new Date(2026, 2, 8, 12, 0), 'mon')).toBe('2026-03-02');
    expect(retroDateForWeek(new Date(2026, 2, 2, 0, 0), 'mon')).toBe('2026-03-02');
  });

  it('with Sunday retros, the Sunday at the end of the week', () => {
    expect(retroDateForWeek(new Date(2026, 2, 2, 9, 0), 'sun')).toBe('2026-03-08');
  });

  it.each<[string, Date, Weekday, string]>([
    ['Thursday 2026-12-31', new Date(2026, 11, 31, 12, 0), 'thu', '2026-12-31'],
    ['Friday 2027-01-01', new Date(2027, 0, 1, 12, 0), 'thu', '2026-12-31'],
    ['Sunday 2027-01-03', new Date(2027, 0, 3, 20, 0), 'thu', '2026-12-31'],
    ['Friday 2027-01-01', new Date(2027, 0, 1, 12, 0), 'mon', '2026-12-28'],
    ['Thursday 2026-12-31', new Date(2026, 11, 31, 12, 0), 'fri', '2027-01-01'],
    ['Monday 2027-01-04', new Date(2027, 0, 4, 8, 0), 'thu', '2027-01-07'],
  ])('across the year end: %s with %s retros', (_when, today, day, expected) => {
    expect(retroDateForWeek(today, day)).toBe(expected);
  });
});

// retro/rules had its own isoWeekOf; the retros pages now use weekKeyOf, so its cases check that.
describe('weekKeyOf, for retros', () => {
  it.each([
    ['2026-03-02', '2026-W10'],
    ['2026-03-08', '2026-W10'],
    ['2026-03-09', '2026-W11'],
    ['2026-12-28', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
  ])('%s is in %s', (date, week) => {
    expect(weekKeyOf(date)).toBe(week);
  });
});

describe('retroClock (the slot time is local)', () => {
  const slot = { time: '15:00', minutes: 30 };
  const notStarted = { date: '2026-03-05', startedAt: null };
  /** Local wall-clock time on 2026-03-05 (a Thursday). */
  const onRetroDay = (hours: number, minutes = 0, seconds = 0, ms = 0) =>
    new Date(2026, 2, 5, hours, minutes, seconds, ms);

  it('is not late before the slot, nor exactly at it', () => {
    expect(retroClock(notStarted, onRetroDay(9, 0), slot)).toEqual({ kind: 'not-started', late: false });
    expect(retroClock(notStarted, onRetroDay(14, 59, 59, 999), slot)).toEqual({ kind: 'not-started', late: false });
    expect(retroClock(notStarted, onRetroDay(15, 0), slot)).toEqual({ kind: 'not-started', late: false });
  });

  it('is late once the slot has passed on the retro’s own date', () => {
    expect(retroClock(notStarted, onRetroDay(15, 0, 0, 1), slot)).toEqual({ kind: 'not-started', late: true });
    expect(retroClock(notStarted, onRetroDay(23, 59, 59), slot)).toEqual({ kind: 'not-started', late: true });
  });

  it('is not late on other days', () => {
    expect(retroClock(notStarted, new Date(2026, 2, 4, 16, 0), slot)).toEqual({ kind: 'not-started', late: false });
    expect(retroClock(notStarted, new Date(2026, 2, 6, 0, 0, 1), slot)).toEqual({ kind: 'not-started', late: false });
    expect(retroClock(notStarted, new Date(2026, 2, 12, 16, 0), slot)).toEqual({ kind: 'not-started', late: false });
  });

  it('follows the configured slot time', () => {
    expect(retroClock(notStarted, onRetroDay(9, 30), { time: '09:00', minutes: 30 })).toEqual({
      kind: 'not-started',
      late: true,
    });
    expect(retroClock(notStarted, onRetroDay(9, 30), { time: '10:00', minutes: 30 })).toEqual({
      kind: 'not-started',
      late: false,
    });
    expect(retroClock(notStarted, onRetroDay(0, 1), { time: '00:00', minutes: 30 })).toEqual({
      kind: 'not-started',
      late: true,
    });
  });

  describe('once started', () => {
    const start = onRetroDay(15, 2);
    const started = { date: '2026-03-05', startedAt: start.toISOString() };
    const after = (ms: number) => new Date(start.getTime() + ms);

    it('counts down the slot’s minutes from Start', () => {
      expect(retroClock(started, start, slot)).toEqual({ kind: 'running', remainingMs: 30 * 60_000 });
      expect(retroClock(started, after(10 * 60_000), slot)).toEqual({ kind: 'running', remainingMs: 20 * 60_000 });
      expect(retroClock(started, after(30 * 60_000 - 1), slot)).toEqual({ kind: 'running', remainingMs: 1 });
      expect(retroClock(started, after(10 * 60_000), { time: '15:00', minutes: 45 })).toEqual({
        kind: 'running',
        remainingMs: 35 * 60_000,
      });
    });

    it('is over exactly at the end, by zero (not minus zero)', () => {
      const clock = retroClock(started, after(30 * 60_000), slot);
      expect(clock.kind).toBe('over');
      expect(clock.kind === 'over' && Object.is(clock.overByMs, 0)).toBe(true);
    });

    it('says by how much it ran over', () => {
      expect(retroClock(started, after(30 * 60_000 + 1), slot)).toEqual({ kind: 'over', overByMs: 1 });
      expect(retroClock(started, after(42 * 60_000), slot)).toEqual({ kind: 'over', overByMs: 12 * 60_000 });
    });

    it('runs from Start whatever the slot time and the date', () => {
      const lateStart = { date: '2026-03-05', startedAt: onRetroDay(23, 50).toISOString() };
      expect(retroClock(lateStart, new Date(2026, 2, 6, 0, 10), slot)).toEqual({
        kind: 'running',
        remainingMs: 10 * 60_000,
      });
    });
  });
});
