import { describe, expect, it } from 'vitest';
import type { EngagementSummary } from '../../../shared/model/engagement';
import { nextDayKind, PlannerSectionSchema, WeekPlanSchema, type Ritual } from '../../../shared/model/planner';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import {
  daysOf,
  defaultRetro,
  effectiveRituals,
  engagementTotals,
  OUTSIDE_ENGAGEMENT_NOTE,
  pairingShare,
  pairingSummary,
  percent,
  resolveWeekOwner,
  setDayKind,
  templateWeek,
  weekTotals,
} from '../../../shared/planner';
import { person } from '../support/fixtures';
import { day, demoOnFriday, loggedWeek, week, WEEK } from './plannerWorld';

describe('templateWeek', () => {
  it('makes Monday to Thursday pairing and Friday 20% time, 8 hours each, by default', () => {
    const plan = templateWeek(WEEK, DEFAULT_SETTINGS, null);
    expect(daysOf(plan, WEEK).map((d) => [d.day, d.date, d.plan.kind, d.plan.hours])).toEqual([
      ['mon', '2026-01-05', 'pairing', 8],
      ['tue', '2026-01-06', 'pairing', 8],
      ['wed', '2026-01-07', 'pairing', 8],
      ['thu', '2026-01-08', 'pairing', 8],
      ['fri', '2026-01-09', 'twenty', 8],
    ]);
    expect(WeekPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('follows the settings: working days, the 20% day, hours per day', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'],
      twentyPercentDay: 'sun',
      retroDay: 'wed',
      dayHours: 7.5,
    };
    const plan = templateWeek(WEEK, settings, null);
    expect(daysOf(plan, WEEK).map((d) => [d.day, d.plan.kind, d.plan.hours])).toEqual([
      ['mon', 'pairing', 7.5],
      ['tue', 'pairing', 7.5],
      ['wed', 'pairing', 7.5],
      ['thu', 'pairing', 7.5],
      ['sun', 'twenty', 7.5],
    ]);
  });

  it('marks days outside the engagement off, with no hours', () => {
    const plan = templateWeek(WEEK, DEFAULT_SETTINGS, { start: '2026-01-07', end: '2026-01-08' });
    expect(daysOf(plan, WEEK).map((d) => [d.day, d.plan.kind, d.plan.hours])).toEqual([
      ['mon', 'off', 0],
      ['tue', 'off', 0],
      ['wed', 'pairing', 8],
      ['thu', 'pairing', 8],
      ['fri', 'off', 0],
    ]);
    expect(plan.days.mon?.note).toBe(OUTSIDE_ENGAGEMENT_NOTE);
    expect(pairingShare(weekTotals(plan))).toBe(1);
  });

  it('uses the template across a year end (week 53 spans two years)', () => {
    const plan = templateWeek('2026-W53', DEFAULT_SETTINGS, { start: '2026-10-05', end: '2026-12-31' });
    expect(daysOf(plan, '2026-W53').map((d) => [d.date, d.plan.kind])).toEqual([
      ['2026-12-28', 'pairing'],
      ['2026-12-29', 'pairing'],
      ['2026-12-30', 'pairing'],
      ['2026-12-31', 'pairing'],
      ['2027-01-01', 'off'],
    ]);
  });
});

describe('day kinds', () => {
  it('cycles pairing → 20% → off → pairing', () => {
    expect(nextDayKind('pairing')).toBe('twenty');
    expect(nextDayKind('twenty')).toBe('off');
    expect(nextDayKind('off')).toBe('pairing');
  });

  it('gives a day with no hours the default hours when it becomes a working day, and keeps the log', () => {
    const plan = templateWeek(WEEK, DEFAULT_SETTINGS, { start: '2026-01-06', end: '2026-03-01' });
    const changed = setDayKind(plan, 'mon', 'pairing', DEFAULT_SETTINGS);
    expect(changed.days.mon).toEqual(day({ kind: 'pairing', hours: 8 }));
    const logged = setDayKind(loggedWeek(), 'mon', 'twenty', DEFAULT_SETTINGS);
    expect(logged.days.mon).toEqual(day({ kind: 'twenty', partnerIds: ['kenji'] }));
    expect(setDayKind(plan, 'sat', 'pairing', DEFAULT_SETTINGS)).toBe(plan);
  });
});

describe('hours and shares', () => {
  it('is 80% pairing for the template week', () => {
    const totals = weekTotals(templateWeek(WEEK, DEFAULT_SETTINGS, null));
    expect(totals).toEqual({ pairing: 32, twenty: 8, off: 0 });
    expect(percent(pairingShare(totals) ?? 0)).toBe(80);
  });

  it('leaves hours off out of the share', () => {
    const plan = week({
      mon: day({ kind: 'off' }),
      tue: day(),
      wed: day(),
      thu: day({ hours: 4 }),
      fri: day({ kind: 'twenty', hours: 5 }),
    });
    const totals = weekTotals(plan);
    expect(totals).toEqual({ pairing: 20, twenty: 5, off: 8 });
    expect(pairingShare(totals)).toBe(0.8);
  });

  it('has no share for a week off', () => {
    expect(pairingShare(weekTotals(week({ mon: day({ kind: 'off' }) })))).toBeNull();
  });

  it('adds up the engagement so far: planned weeks and templates, up to the current week', () => {
    const range = { start: '2026-01-05', end: '2026-03-13' };
    const section = PlannerSectionSchema.parse({
      weeks: {
        '2026-W02': loggedWeek({ kind: 'pairing', partnerIds: ['ana'] }),
        '2026-W03': week({ mon: day({ kind: 'off' }), tue: day({ kind: 'twenty' }) }),
      },
      rituals: [],
    });
    // Wednesday of week 4: weeks 2 and 3 as saved, week 4 from the template.
    const sofar = engagementTotals(section, range, DEFAULT_SETTINGS, '2026-01-21');
    expect(sofar).toEqual({ weeks: 3, totals: { pairing: 40 + 0 + 32, twenty: 0 + 8 + 8, off: 8 } });
    expect(engagementTotals(section, range, DEFAULT_SETTINGS, '2026-01-04')).toBeNull();
    // Long after the end: every week of the engagement, no more.
    expect(engagementTotals(section, range, DEFAULT_SETTINGS, '2027-01-01')?.weeks).toBe(10);
  });
});

describe('rituals', () => {
  it('always has the weekly retro, from the settings until edited', () => {
    const settings = { ...DEFAULT_SETTINGS, retroDay: 'wed' as const, retroTime: '15:30', retroMinutes: 45 };
    expect(effectiveRituals([], settings)).toEqual([
      { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['wed'], time: '15:30', minutes: 45 },
    ]);
    const edited: Ritual = { ...defaultRetro(settings), days: ['thu'], time: '11:00' };
    const standup: Ritual = { id: 's', kind: 'standup', name: 'Stand-up', days: ['mon'], time: '09:30', minutes: 15 };
    expect(effectiveRituals([standup, demoOnFriday, edited], settings)).toEqual([edited, standup, demoOnFriday]);
  });
});

describe('pairingSummary', () => {
  const people = [
    person({ id: 'me', name: 'Zoë', role: 'engineer' }),
    person({ id: 'kenji', name: 'Kenji', role: 'tech-lead', email: 'k@example.com' }),
    person({ id: 'ana', name: 'Ana', role: 'host-developer', email: 'a@example.com' }),
    person({ id: 'lee', name: 'Lee', role: 'host-developer', email: 'l@example.com' }),
  ];

  it('counts days per host-team member, those never paired with included', () => {
    const summary = pairingSummary({ weeks: { [WEEK]: loggedWeek() }, rituals: [] }, people);
    expect(summary.loggedDays).toBe(4);
    expect(summary.rows.map((r) => [r.name, r.days])).toEqual([
      ['Kenji', 3],
      ['Ana', 2],
      ['Lee', 0],
    ]);
    expect(summary.warning?.kind).toBe('same-partner');
    expect(summary.warning?.message).toBe(
      'You paired with Kenji on 3 of 4 pairing days. Rotate partners so the habits spread across the team.',
    );
  });

  it('is quiet when pairing is spread, and when too few days are logged to say', () => {
    const spread = week({
      mon: day({ partnerIds: ['kenji'] }),
      tue: day({ partnerIds: ['ana'] }),
      wed: day({ partnerIds: ['lee'] }),
      thu: day({ partnerIds: ['kenji'] }),
    });
    expect(pairingSummary({ weeks: { [WEEK]: spread }, rituals: [] }, people).warning).toBeNull();
    const few = week({ mon: day({ partnerIds: ['kenji'] }), tue: day({ partnerIds: ['kenji'] }) });
    expect(pairingSummary({ weeks: { [WEEK]: few }, rituals: [] }, people).warning).toBeNull();
  });

  it('keeps people removed from the engagement, by name unknown', () => {
    const summary = pairingSummary(
      { weeks: { [WEEK]: week({ mon: day({ partnerIds: ['gone'] }) }) }, rituals: [] },
      people,
    );
    expect(summary.rows[0]).toEqual({ personId: 'gone', name: 'Removed person', role: null, days: 1 });
  });
});

describe('resolveWeekOwner', () => {
  const summary = (id: string, overrides: Partial<EngagementSummary> = {}): EngagementSummary => ({
    id,
    name: id,
    hostTeam: '',
    status: 'active',
    startDate: '2026-01-05',
    endDate: '2026-03-13',
    peopleCount: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });

  it('is a plain week outside every engagement (and sourcing ones do not count)', () => {
    expect(resolveWeekOwner([summary('a')], '2026-W01', null)).toEqual({ kind: 'plain' });
    expect(resolveWeekOwner([summary('a', { status: 'sourcing' })], WEEK, null)).toEqual({ kind: 'plain' });
  });

  it('takes the only engagement running, even when it is not active yet', () => {
    expect(resolveWeekOwner([summary('a', { status: 'planning' })], WEEK, null)).toEqual({
      kind: 'engagement',
      id: 'a',
    });
    // One overlapping day is enough.
    expect(resolveWeekOwner([summary('a', { startDate: '2026-01-11' })], WEEK, null)).toEqual({
      kind: 'engagement',
      id: 'a',
    });
  });

  it('takes the active one among several, and asks when several are active', () => {
    const planning = summary('p', { status: 'planning' });
    expect(resolveWeekOwner([planning, summary('a')], WEEK, null)).toEqual({ kind: 'engagement', id: 'a' });
    const both = [summary('a'), summary('b')];
    expect(resolveWeekOwner(both, WEEK, null)).toEqual({ kind: 'choose', candidates: both });
    expect(resolveWeekOwner(both, WEEK, 'b')).toEqual({ kind: 'engagement', id: 'b' });
    // A choice that does not run this week is ignored.
    expect(resolveWeekOwner([summary('a')], WEEK, 'other')).toEqual({ kind: 'engagement', id: 'a' });
  });
});
