import { afterAll, describe, expect, it } from 'vitest';
import { formatSpan } from '../../../shared/dates';
import {
  addWeeksToKey,
  datesOfWeek,
  formatWeek,
  isPastWeek,
  isWeekKey,
  mondayOf,
  weekdayOf,
  weekKeyOf,
  weekRange,
} from '../../../shared/week';

/**
 * Week math must not depend on the machine's time zone: every case runs under zones with
 * DST changes at 02:00 (Berlin, New York), at midnight (São Paulo in 2018: 4 Nov had no
 * midnight), half-hour DST (Lord Howe) and a zone that skipped a whole day (Apia, 2011).
 */
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia'];
const originalTz = process.env['TZ'];
afterAll(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe.each(ZONES)('ISO weeks with TZ=%s', (zone) => {
  const withZone = <T>(fn: () => T): T => {
    process.env['TZ'] = zone;
    return fn();
  };

  it('keys dates across year ends by the ISO week-numbering year', () => {
    withZone(() => {
      expect(weekKeyOf('2026-12-31')).toBe('2026-W53');
      expect(weekKeyOf('2027-01-01')).toBe('2026-W53');
      expect(weekKeyOf('2027-01-03')).toBe('2026-W53');
      expect(weekKeyOf('2027-01-04')).toBe('2027-W01');
      expect(weekKeyOf('2024-12-30')).toBe('2025-W01');
      expect(weekKeyOf('2021-01-03')).toBe('2020-W53');
      expect(weekKeyOf('2026-01-05')).toBe('2026-W02');
    });
  });

  it('finds the Monday and the seven dates of a week', () => {
    withZone(() => {
      expect(mondayOf('2026-W53')).toBe('2026-12-28');
      expect(mondayOf('2025-W01')).toBe('2024-12-30');
      expect(datesOfWeek('2026-W53')).toEqual({
        mon: '2026-12-28',
        tue: '2026-12-29',
        wed: '2026-12-30',
        thu: '2026-12-31',
        fri: '2027-01-01',
        sat: '2027-01-02',
        sun: '2027-01-03',
      });
    });
  });

  it('keeps every day across DST changes', () => {
    withZone(() => {
      // Europe springs forward 29 Mar 2026, the US on 8 Mar, São Paulo did at midnight on 4 Nov 2018.
      expect(Object.values(datesOfWeek('2026-W13'))).toEqual([
        '2026-03-23',
        '2026-03-24',
        '2026-03-25',
        '2026-03-26',
        '2026-03-27',
        '2026-03-28',
        '2026-03-29',
      ]);
      expect(datesOfWeek('2026-W10').sun).toBe('2026-03-08');
      expect(datesOfWeek('2026-W44').sun).toBe('2026-11-01');
      expect(Object.values(datesOfWeek('2018-W44'))).toEqual([
        '2018-10-29',
        '2018-10-30',
        '2018-10-31',
        '2018-11-01',
        '2018-11-02',
        '2018-11-03',
        '2018-11-04',
      ]);
      expect(weekKeyOf('2018-11-04')).toBe('2018-W44');
      expect(weekKeyOf('2018-11-05')).toBe('2018-W45');
      expect(weekdayOf('2018-11-04')).toBe('sun');
      expect(weekdayOf('2026-03-29')).toBe('sun');
      expect(weekdayOf('2026-03-30')).toBe('mon');
    });
  });

  it('moves by weeks across DST changes and year ends', () => {
    withZone(() => {
      expect(addWeeksToKey('2026-W13', 1)).toBe('2026-W14');
      expect(addWeeksToKey('2026-W53', 1)).toBe('2027-W01');
      expect(addWeeksToKey('2027-W01', -1)).toBe('2026-W53');
      expect(addWeeksToKey('2025-W52', 1)).toBe('2026-W01');
      expect(addWeeksToKey('2018-W44', 1)).toBe('2018-W45');
      expect(addWeeksToKey('2026-W02', 52)).toBe('2027-W01');
      expect(weekRange('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    });
  });

  it('survives the day Samoa skipped (30 Dec 2011)', () => {
    withZone(() => {
      expect(weekKeyOf('2011-12-29')).toBe('2011-W52');
      expect(weekKeyOf('2011-12-30')).toBe('2011-W52');
      expect(datesOfWeek('2011-W52').fri).toBe('2011-12-30');
    });
  });
});

describe('week keys', () => {
  it('accepts only real ISO weeks', () => {
    expect(isWeekKey('2026-W53')).toBe(true);
    expect(isWeekKey('2025-W53')).toBe(false);
    expect(isWeekKey('2020-W53')).toBe(true);
    expect(isWeekKey('2026-W00')).toBe(false);
    expect(isWeekKey('2026-W1')).toBe(false);
    expect(isWeekKey('2026W01')).toBe(false);
    expect(isWeekKey('')).toBe(false);
    expect(() => mondayOf('2025-W53')).toThrow(/Not an ISO week/);
  });

  it('formats a span of days', () => {
    expect(formatSpan('2026-01-05', '2026-01-09')).toBe('5 – 9 Jan 2026');
    expect(formatSpan('2026-03-30', '2026-04-03')).toBe('30 Mar – 3 Apr 2026');
    expect(formatSpan('2026-12-28', '2027-01-01')).toBe('28 Dec 2026 – 1 Jan 2027');
  });
});

describe('formatWeek: how a week reads on screen', () => {
  it('is "Week 49" within today’s ISO year, never the key', () => {
    expect(formatWeek('2026-W49', '2026-12-03')).toBe('Week 49');
    expect(formatWeek('2026-W02', '2026-12-03')).toBe('Week 2');
    expect(formatWeek(weekKeyOf('2026-12-03'), '2026-12-03')).toBe('Week 49');
  });

  it('names the year of a week in another ISO year than today’s week', () => {
    expect(formatWeek('2027-W01', '2026-12-03')).toBe('Week 1, 2027');
    expect(formatWeek('2025-W49', '2026-12-03')).toBe('Week 49, 2025');
  });

  it('counts a week 53 and the New Year days in it by the ISO year', () => {
    // 2026 has 53 ISO weeks; Fri 1 Jan 2027 is in its week 53.
    expect(formatWeek(weekKeyOf('2027-01-01'), '2026-12-31')).toBe('Week 53');
    // Seen on 1 Jan 2027 (still 2026-W53), its own week carries no year, next week does.
    expect(formatWeek(weekKeyOf('2027-01-01'), '2027-01-01')).toBe('Week 53');
    expect(formatWeek('2027-W01', '2027-01-01')).toBe('Week 1, 2027');
    // Once 2027's weeks have begun, week 53 is last year's.
    expect(formatWeek(weekKeyOf('2027-01-01'), '2027-01-04')).toBe('Week 53, 2026');
  });

  it('puts 1 January in week 52 of the year before when that year has 52', () => {
    // Sat 1 Jan 2022 is in 2021-W52.
    expect(formatWeek(weekKeyOf('2022-01-01'), '2021-12-30')).toBe('Week 52');
    expect(formatWeek(weekKeyOf('2022-01-01'), '2022-01-03')).toBe('Week 52, 2021');
    // Mon 30 Dec 2024 is already in 2025-W01: seen that day it is this week, without a year.
    expect(formatWeek(weekKeyOf('2024-12-30'), '2024-12-30')).toBe('Week 1');
    expect(formatWeek(weekKeyOf('2024-12-30'), '2024-12-27')).toBe('Week 1, 2025');
  });

  it('refuses what is not a week key', () => {
    expect(() => formatWeek('2025-W53', '2025-12-01')).toThrow(/Not an ISO week/);
  });
});

describe('isPastWeek', () => {
  it('compares ISO weeks, not dates or calendar years', () => {
    expect(isPastWeek('2026-11-26', '2026-12-03')).toBe(true);
    // Monday of the same week is not past, nor is a later day.
    expect(isPastWeek('2026-11-30', '2026-12-03')).toBe(false);
    expect(isPastWeek('2026-12-10', '2026-12-03')).toBe(false);
    // Thu 31 Dec 2026 and Fri 1 Jan 2027 share 2026-W53.
    expect(isPastWeek('2026-12-31', '2027-01-01')).toBe(false);
    expect(isPastWeek('2026-12-31', '2027-01-04')).toBe(true);
  });
});
