import { describe, expect, it } from 'vitest';
import { addCadence, checkInDate, followUpDue, markFollowUpDone } from '../../../../shared/keyDates/dueDates';
import type { FollowUp } from '../../../../shared/model/lifecycle';

describe('checkInDate', () => {
  it('is the end date plus three calendar months', () => {
    expect(checkInDate('2026-03-16')).toBe('2026-06-16');
    expect(checkInDate('2026-11-20')).toBe('2027-02-20');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(checkInDate('2026-11-30')).toBe('2027-02-28');
    expect(checkInDate('2026-05-31')).toBe('2026-08-31');
    expect(checkInDate('2026-03-31')).toBe('2026-06-30');
  });

  it('knows leap years', () => {
    expect(checkInDate('2027-11-30')).toBe('2028-02-29');
    expect(checkInDate('2027-11-29')).toBe('2028-02-29');
    expect(checkInDate('2028-02-29')).toBe('2028-05-29');
    expect(checkInDate('2099-11-30')).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('does not move a day in any time zone (calendar arithmetic)', () => {
    expect(checkInDate('2026-12-31')).toBe('2027-03-31');
    expect(checkInDate('2026-01-01')).toBe('2026-04-01');
  });
});

describe('follow-up due dates', () => {
  const followUp = (overrides: Partial<FollowUp> = {}): FollowUp => ({
    id: 'f1',
    person: 'Kenji',
    role: 'Tech lead',
    cadence: 'monthly',
    lastContact: null,
    log: [],
    ...overrides,
  });

  it('adds the cadence to the last contact', () => {
    expect(addCadence('2026-05-04', 'weekly')).toBe('2026-05-11');
    expect(addCadence('2026-05-04', 'fortnightly')).toBe('2026-05-18');
    expect(addCadence('2026-05-04', 'monthly')).toBe('2026-06-04');
    expect(addCadence('2026-05-04', 'quarterly')).toBe('2026-08-04');
    expect(addCadence('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(addCadence('2027-12-30', 'weekly')).toBe('2028-01-06');
  });

  it('is due on the engagement end date before any contact', () => {
    expect(followUpDue(followUp(), '2026-06-12')).toBe('2026-06-12');
  });

  it('is due one cadence after the last contact', () => {
    expect(followUpDue(followUp({ lastContact: '2026-07-01' }), '2026-06-12')).toBe('2026-08-01');
    expect(followUpDue(followUp({ lastContact: '2026-07-01', cadence: 'weekly' }), '2026-06-12')).toBe('2026-07-08');
  });

  it('marking done logs the contact with its note and moves the next due date', () => {
    const done = markFollowUpDone(followUp(), '2026-06-15', '  Coffee; CI is still green. ');
    expect(done.lastContact).toBe('2026-06-15');
    expect(done.log).toEqual([{ date: '2026-06-15', note: 'Coffee; CI is still green.' }]);
    expect(followUpDue(done, '2026-06-12')).toBe('2026-07-15');
  });

  it('logging an older contact keeps the later last contact', () => {
    const done = markFollowUpDone(followUp({ lastContact: '2026-07-01' }), '2026-06-20', 'Backfilled');
    expect(done.lastContact).toBe('2026-07-01');
    expect(done.log).toHaveLength(1);
  });
});
