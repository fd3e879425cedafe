import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import { phaseIndex, statusPrompt, weekCount, weekIn } from '../../../../shared/guide/phase';
import type { EngagementStatus } from '../../../../shared/model/engagement';
import { useTimeZone } from '../../support/timeZone';

// Ten weeks: Monday 5 Jan to Monday 16 Mar 2026 (the last day).
const dated = (status: EngagementStatus) => ({ status, startDate: '2026-01-05', endDate: '2026-03-16' });
const promptOn = (status: EngagementStatus, today: string) => statusPrompt(dated(status), today)?.to ?? null;

describe('statusPrompt: the status follows the dates', () => {
  it('offers to start a planned engagement from its start date, not the day before', () => {
    expect(promptOn('planning', '2026-01-04')).toBeNull();
    expect(statusPrompt(dated('planning'), '2026-01-05')).toEqual({
      to: 'active',
      label: 'Start the engagement',
      reason: 'It starts today: mark it active and plan the first week.',
      short: 'Starts today',
    });
    expect(statusPrompt(dated('planning'), '2026-01-21')?.short).toBe('Due to start since 5 Jan 2026');
    expect(promptOn('planning', '2026-03-16')).toBe('active');
  });

  it('offers to wrap up the day after the last day, and on an engagement that ended months ago', () => {
    expect(promptOn('active', '2026-03-16')).toBeNull();
    expect(statusPrompt(dated('active'), '2026-03-17')).toEqual({
      to: 'wrapping-up',
      label: 'Move to Wrapping up',
      reason: 'It ended on 16 Mar 2026: time for the project retro and the NPS survey.',
      short: 'Ended 16 Mar 2026: needs wrapping up',
    });
    expect(promptOn('active', '2026-11-30')).toBe('wrapping-up');
    // A plan never started and already over goes to the wrap-up too, not to "active".
    expect(promptOn('planning', '2026-03-17')).toBe('wrapping-up');
  });

  it('never moves a candidate, nor an engagement already wrapping up, done or ended early', () => {
    for (const status of ['sourcing', 'wrapping-up', 'done', 'ended-early'] as const) {
      for (const today of ['2025-12-01', '2026-01-05', '2026-02-10', '2026-03-17', '2027-01-01']) {
        expect(promptOn(status, today), `${status} on ${today}`).toBeNull();
      }
    }
  });

  describe.each([
    // 23:30 UTC on the last day: still the 16th in UTC and Los Angeles, already the 17th in Auckland and Kiritimati.
    ['UTC', null],
    ['America/Los_Angeles', null],
    ['Pacific/Auckland', 'wrapping-up'],
    ['Pacific/Kiritimati', 'wrapping-up'],
  ] as const)('in %s', (zone, expected) => {
    useTimeZone(zone);
    it('asks to wrap up once the last day is over where the user is', () => {
      const today = localDateOf(new Date('2026-03-16T23:30:00Z'));
      expect(promptOn('active', today)).toBe(expected);
    });
  });

  describe.each([
    // 10:00 UTC on 4 Jan: still the 4th in Honolulu (00:00), the 5th in Kiritimati (UTC+14).
    ['Pacific/Honolulu', null],
    ['Europe/Berlin', null],
    ['Pacific/Kiritimati', 'active'],
  ] as const)('on the eve of the start in %s', (zone, expected) => {
    useTimeZone(zone);
    it('offers the start only once the start date has come there', () => {
      expect(promptOn('planning', localDateOf(new Date('2026-01-04T10:00:00Z')))).toBe(expected);
    });
  });
});

describe('phaseIndex', () => {
  it('places each status on the path; ended early is off it', () => {
    expect((['sourcing', 'planning', 'active', 'wrapping-up', 'done'] as const).map(phaseIndex)).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(phaseIndex('ended-early')).toBeNull();
  });
});

describe('weekIn and weekCount', () => {
  it('counts weeks as people do: Monday to Monday and Monday to Friday of ten weeks are both ten', () => {
    expect(weekCount('2026-01-05', '2026-03-16')).toBe(10);
    expect(weekCount('2026-01-05', '2026-03-13')).toBe(10);
    expect(weekCount('2026-01-05', '2026-01-05')).toBe(1);
    expect(weekCount('2026-01-07', '2026-01-09')).toBe(1);
  });

  it('says where today falls: days before, week n of m, days after', () => {
    const e = { startDate: '2026-01-05', endDate: '2026-03-16' };
    expect(weekIn(e, '2026-01-01')).toEqual({ kind: 'before', days: 4 });
    expect(weekIn(e, '2026-01-05')).toEqual({ kind: 'during', week: 1, of: 10 });
    expect(weekIn(e, '2026-01-11')).toEqual({ kind: 'during', week: 1, of: 10 });
    expect(weekIn(e, '2026-01-12')).toEqual({ kind: 'during', week: 2, of: 10 });
    // The last Monday is still the tenth week, not an eleventh.
    expect(weekIn(e, '2026-03-16')).toEqual({ kind: 'during', week: 10, of: 10 });
    expect(weekIn(e, '2026-03-17')).toEqual({ kind: 'after', days: 1 });
  });

  describe('across a daylight-saving change', () => {
    useTimeZone('Europe/Berlin');
    it('keeps whole weeks whole (clocks went forward on 29 Mar 2026)', () => {
      const e = { startDate: '2026-03-23', endDate: '2026-05-29' };
      expect(weekIn(e, localDateOf(new Date(2026, 2, 30, 0, 30)))).toEqual({ kind: 'during', week: 2, of: 10 });
    });
  });
});
