import { describe, expect, it } from 'vitest';
import { lifecycleCalendarEvents, lifecycleEvents } from '../../../shared/keyDates/calendarEvents';
import {
  clampToEngagement,
  engagementWeeks,
  isOfferedWeek,
  isWithinEngagement,
  offeredWeeks,
  stepWeek,
} from '../../../shared/planner/engagementWeeks';
import { weekKeyOf } from '../../../shared/week';

// 2 Mar – 10 Apr 2026: weeks 10 to 15. Check-in 10 Jul 2026 (W28).
const range = { start: '2026-03-02', end: '2026-04-10' };
const engagement = { id: 'e1', name: 'Payments MVP', hostTeam: 'Checkout', endDate: range.end };
const settings = { dayStart: '09:00' };
const lifecycle = {
  kickoffDate: '2026-02-24', // W09, before the start
  checkInDone: false,
  followUps: [
    { id: 'f1', person: 'Kenji', role: 'Tech lead', cadence: 'quarterly' as const, lastContact: '2026-04-08', log: [] }, // due 8 Jul (W28)
    { id: 'f2', person: 'Mia', role: '', cadence: 'monthly' as const, lastContact: '2026-09-01', log: [] }, // due 1 Oct (W40)
    { id: 'f3', person: 'Ola', role: '', cadence: 'weekly' as const, lastContact: null, log: [] }, // due at the end (W15)
  ],
};
const dates = lifecycleEvents({ engagement, lifecycle, settings }).map((e) => e.date);
const weeks = engagementWeeks(range, dates);

describe('the weeks an engagement’s planner offers', () => {
  it('are its own weeks, plus those outside them that carry a kick-off, check-in or follow-up', () => {
    expect(weeks).toEqual({ first: '2026-W10', last: '2026-W15', outside: ['2026-W09', '2026-W28', '2026-W40'] });
    expect(offeredWeeks(weeks)).toEqual([
      '2026-W09',
      '2026-W10',
      '2026-W11',
      '2026-W12',
      '2026-W13',
      '2026-W14',
      '2026-W15',
      '2026-W28',
      '2026-W40',
    ]);
    expect(isWithinEngagement('2026-W15', weeks)).toBe(true);
    expect(isWithinEngagement('2026-W28', weeks)).toBe(false);
    expect(isOfferedWeek('2026-W28', weeks)).toBe(true);
    expect(isOfferedWeek('2026-W20', weeks)).toBe(false);
  });

  it('are exactly the weeks whose .ics export carries lifecycle events, outside the engagement', () => {
    for (const week of weeks.outside) {
      expect(lifecycleCalendarEvents({ key: week, engagement, lifecycle, settings }).length).toBeGreaterThan(0);
    }
    expect(lifecycleCalendarEvents({ key: '2026-W28', engagement, lifecycle, settings }).map((e) => e.title)).toEqual([
      'Three-month check-in: Checkout',
      'Follow up with Kenji',
    ]);
  });

  it('drop the check-in week once the check-in is held, and have none outside without lifecycle dates', () => {
    const held = lifecycleEvents({
      engagement,
      lifecycle: { ...lifecycle, checkInDone: true, followUps: [] },
      settings,
    });
    expect(
      engagementWeeks(
        range,
        held.map((e) => e.date),
      ).outside,
    ).toEqual(['2026-W09']);
    expect(engagementWeeks(range, []).outside).toEqual([]);
  });

  it('step over the weeks between, both ways, and stop at either end', () => {
    expect(stepWeek('2026-W14', weeks, 1)).toBe('2026-W15');
    expect(stepWeek('2026-W15', weeks, 1)).toBe('2026-W28');
    expect(stepWeek('2026-W28', weeks, 1)).toBe('2026-W40');
    expect(stepWeek('2026-W40', weeks, 1)).toBeNull();
    expect(stepWeek('2026-W40', weeks, -1)).toBe('2026-W28');
    expect(stepWeek('2026-W28', weeks, -1)).toBe('2026-W15');
    expect(stepWeek('2026-W10', weeks, -1)).toBe('2026-W09');
    expect(stepWeek('2026-W09', weeks, -1)).toBeNull();
    // Without lifecycle dates the end week is the end, as before.
    expect(stepWeek('2026-W15', engagementWeeks(range, []), 1)).toBeNull();
  });

  it('clamp a wanted week: kept when offered, else the first week before the start, the latest offered one after the end', () => {
    expect(clampToEngagement('2026-W28', weeks)).toBe('2026-W28');
    expect(clampToEngagement('2026-W09', weeks)).toBe('2026-W09');
    expect(clampToEngagement('2026-W12', weeks)).toBe('2026-W12');
    expect(clampToEngagement('2026-W02', weeks)).toBe('2026-W10');
    // Between the end and the check-in: the end week; past the check-in: the check-in week.
    expect(clampToEngagement('2026-W20', weeks)).toBe('2026-W15');
    expect(clampToEngagement('2026-W30', weeks)).toBe('2026-W28');
    expect(clampToEngagement('2027-W05', weeks)).toBe('2026-W40');
  });

  it('cross a year end with 53 weeks', () => {
    // Ends Thu 31 Dec 2026 (2026-W53); the check-in is 31 Mar 2027 (2027-W13).
    const late = { start: '2026-11-02', end: '2026-12-31' };
    const checkIn = lifecycleEvents({
      engagement: { ...engagement, endDate: late.end },
      lifecycle: { kickoffDate: null, checkInDone: false, followUps: [] },
      settings,
    });
    const yearEnd = engagementWeeks(
      late,
      checkIn.map((e) => e.date),
    );
    expect(yearEnd).toEqual({ first: '2026-W45', last: '2026-W53', outside: [weekKeyOf('2027-03-31')] });
    expect(weekKeyOf('2027-03-31')).toBe('2027-W13');
    expect(stepWeek('2026-W52', yearEnd, 1)).toBe('2026-W53');
    expect(stepWeek('2026-W53', yearEnd, 1)).toBe('2027-W13');
  });
});
