import { afterAll, describe, expect, it } from 'vitest';
import { formatSpan } from '../../../shared/dates';
import { addWeeksToKey, datesOfWeek, isWeekKey, mondayOf, weekdayOf, weekKeyOf, weekRange } from '../../../shared/week';

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
