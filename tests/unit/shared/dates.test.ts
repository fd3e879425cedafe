import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  addWeeksIso,
  daysBetween,
  defaultEndDate,
  formatDayTime,
  formatDisplayDate,
  isIsoDate,
  localDateOf,
  localMoment,
} from '../../../shared/dates';
import { useTimeZone } from '../support/timeZone';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('reads years below 100 as written (not as 19xx)', () => {
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(addDaysIso('0050-12-31', 1)).toBe('0051-01-01');
  });

  it('defaults the end date to start + N weeks, across a year end', () => {
    expect(defaultEndDate('2026-11-23', 10)).toBe('2027-02-01');
  });
});

/**
 * Calendar arithmetic must not depend on the machine's zone: the same cases in zones whose DST
 * change is at 02:00, at midnight (São Paulo, 2018-11-04 had no midnight) and one that skipped
 * a day (Apia skipped 2011-12-30).
 */
describe.each(['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Pacific/Apia', 'Pacific/Kiritimati'])(
  'calendar arithmetic with TZ=%s',
  (zone) => {
    useTimeZone(zone);

    it('adds days, weeks and months across DST changes and skipped days', () => {
      expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDaysIso('2018-11-03', 1)).toBe('2018-11-04');
      expect(addDaysIso('2011-12-29', 1)).toBe('2011-12-30');
      expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
      expect(addWeeksIso('2026-10-19', 2)).toBe('2026-11-02');
      expect(addMonthsIso('2026-11-30', 3)).toBe('2027-02-28');
    });

    it('counts the days between two dates, negative backwards', () => {
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
      expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
      expect(daysBetween('2026-01-10', '2026-01-03')).toBe(-7);
      expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
    });

    it('formats the date that was given', () => {
      expect(formatDisplayDate('2018-11-04')).toBe('4 Nov 2018');
      expect(formatDisplayDate('2011-12-30')).toBe('30 Dec 2011');
      expect(formatDisplayDate('not a date')).toBe('not a date');
    });
  },
);

describe('localDateOf: the calendar date a moment falls on where the user is', () => {
  const moment = new Date('2026-03-06T18:30:00Z');

  describe('at UTC+14', () => {
    useTimeZone('Pacific/Kiritimati');
    it('is already the next day', () => expect(localDateOf(moment)).toBe('2026-03-07'));
  });

  describe('at UTC−11', () => {
    useTimeZone('Pacific/Pago_Pago');
    it('is still the same day', () => expect(localDateOf(moment)).toBe('2026-03-06'));
  });
});

describe('a meeting’s slot: localMoment and formatDayTime', () => {
  // 14:00 UTC on Thu 3 Dec 2026.
  const instant = new Date('2026-12-03T14:00:00Z');

  describe('in Berlin (UTC+1 in winter)', () => {
    useTimeZone('Europe/Berlin');
    it('reads as the local wall time', () => expect(formatDayTime(instant)).toBe('Thu 3 Dec, 15:00'));
    it('puts the slot at that moment', () => {
      expect(localMoment('2026-12-03', '15:00').toISOString()).toBe('2026-12-03T14:00:00.000Z');
      expect(formatDayTime(localMoment('2026-12-03', '15:00'))).toBe('Thu 3 Dec, 15:00');
    });
    it('moves a slot in the spring DST gap to just after the jump', () => {
      expect(formatDayTime(localMoment('2027-03-28', '02:30'))).toBe('Sun 28 Mar, 03:30');
    });
  });

  describe('in New York (UTC−5 in winter)', () => {
    useTimeZone('America/New_York');
    it('is the same instant at 09:00', () => expect(formatDayTime(instant)).toBe('Thu 3 Dec, 09:00'));
  });

  describe('at UTC+14', () => {
    useTimeZone('Pacific/Kiritimati');
    it('is already Friday', () => expect(formatDayTime(instant)).toBe('Fri 4 Dec, 04:00'));
    it('keeps a slot on its own date and time', () => {
      expect(formatDayTime(localMoment('2026-12-03', '15:00'))).toBe('Thu 3 Dec, 15:00');
      expect(localMoment('2026-12-03', '15:00').toISOString()).toBe('2026-12-03T01:00:00.000Z');
    });
  });
});
