import { describe, expect, it } from 'vitest';
import { type Ritual } from '../../../shared/model/planner';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { defaultRetro, weekWarnings } from '../../../shared/planner';
import { AFTER_WEEK, day, demoOnFriday, loggedWeek, week, WEEK } from './plannerWorld';

describe('weekWarnings', () => {
  const base = {
    key: WEEK,
    settings: DEFAULT_SETTINGS,
    rituals: [defaultRetro(DEFAULT_SETTINGS)],
    today: AFTER_WEEK,
    logsPartners: true,
  };

  it('says nothing about a logged 80/20 week', () => {
    expect(weekWarnings({ ...base, plan: loggedWeek() })).toEqual([]);
  });

  it('warns when Friday, the 20% day, is taken over by pairing', () => {
    const warnings = weekWarnings({ ...base, plan: loggedWeek({ kind: 'pairing', partnerIds: ['ana'] }) });
    expect(warnings.map((w) => w.kind)).toEqual(['twenty-day-pairing']);
    expect(warnings[0]?.message).toBe('Friday is your protected 20% day, but it is marked as pairing.');
  });

  it('warns when pairing is under the target', () => {
    const plan = loggedWeek();
    const short = { ...plan, days: { ...plan.days, wed: day({ kind: 'twenty' }) } };
    const warnings = weekWarnings({ ...base, plan: short });
    expect(warnings).toEqual([
      { kind: 'share-below-target', message: 'Pairing is 60% of this week’s working hours, under your 80% target.' },
    ]);
    expect(weekWarnings({ ...base, plan: short, settings: { ...DEFAULT_SETTINGS, pairingTarget: 60 } })).toEqual([]);
  });

  it('flags a ritual on the 20% day, and not once the day is off', () => {
    const warnings = weekWarnings({ ...base, plan: loggedWeek(), rituals: [...base.rituals, demoOnFriday] });
    expect(warnings).toEqual([
      { kind: 'ritual-on-twenty-day', day: 'fri', message: 'Demo (16:00, 30 min) falls on Friday, your 20% day.' },
    ]);
    const off = weekWarnings({ ...base, plan: loggedWeek({ kind: 'off' }), rituals: [demoOnFriday] });
    expect(off).toEqual([]);
  });

  it('flags a ritual on a day moved to 20% time', () => {
    const plan = loggedWeek({ kind: 'pairing', partnerIds: ['ana'] });
    const moved = { ...plan, days: { ...plan.days, mon: day({ kind: 'twenty' }) } };
    const standup: Ritual = {
      id: 's',
      kind: 'standup',
      name: 'Stand-up',
      days: ['mon', 'tue'],
      time: '09:30',
      minutes: 15,
    };
    const kinds = weekWarnings({ ...base, plan: moved, rituals: [standup] }).map((w) => [w.kind, w.day]);
    expect(kinds).toEqual([
      ['twenty-day-pairing', 'fri'],
      ['ritual-on-twenty-day', 'mon'],
    ]);
  });

  it('warns about pairing days with no partner, up to today only, on engagement weeks only', () => {
    const plan = week({
      mon: day(),
      tue: day({ partnerIds: ['ana'] }),
      wed: day(),
      thu: day(),
      fri: day({ kind: 'twenty' }),
    });
    const midweek = weekWarnings({ ...base, plan, today: '2026-01-07' });
    expect(midweek.map((w) => w.message)).toEqual([
      'Monday: a pairing day with no partner logged.',
      'Wednesday: a pairing day with no partner logged.',
    ]);
    expect(weekWarnings({ ...base, plan, logsPartners: false })).toEqual([]);
  });
});
