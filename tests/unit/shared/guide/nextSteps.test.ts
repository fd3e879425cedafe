import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import { nextSteps, type GuideInput } from '../../../../shared/guide/nextSteps';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { useTimeZone } from '../../support/timeZone';
import { goal, guideWorld, note, retro } from './guideWorld';

/** Each step as "id → where its button goes". */
const steps = (w: GuideInput, today: string) =>
  nextSteps(w, DEFAULT_SETTINGS, today).map((s) => {
    const t = s.action.target;
    return `${s.id} → ${t.to === 'section' ? t.section : t.to === 'retro' ? `retro ${t.retroId}` : `status ${t.status}`}`;
  });
const titles = (w: GuideInput, today: string) => nextSteps(w, DEFAULT_SETTINGS, today).map((s) => s.title);

const allKickoff = {
  testingFramework: true,
  coverageTarget: true,
  mvpApproach: true,
  timeline: true,
  retroCadence: true,
};

/** Planned in full: goals with a production-adoption one, the kick-off held, week 1 planned. */
function planned(w: GuideInput): void {
  w.retro.goals = [goal('g1', true), goal('g2')];
  w.lifecycle.kickoffDate = '2026-01-06';
  w.lifecycle.kickoffChecklist = allKickoff;
  w.planner.weeks['2026-W02'] = { days: { mon: { kind: 'pairing', hours: 8, note: '', partnerIds: [], topic: '' } } };
}

describe('nextSteps while sourcing', () => {
  it('asks for the fit check and the one-pager, then the decision', () => {
    const w = guideWorld({ status: 'sourcing' });
    expect(steps(w, '2025-12-01')).toEqual(['fit-check → sourcing', 'one-pager → sourcing']);
    w.lifecycle.fitVotes = [{ id: 'v1', reviewer: 'Sam', business: 2, technical: 1, teamFit: 2 }];
    w.lifecycle.redFlags.timeZones = true;
    w.lifecycle.onePager = note('Checkout is slow.');
    const [decide] = nextSteps(w, DEFAULT_SETTINGS, '2025-12-01');
    expect(decide?.title).toBe('Decide whether to take it on');
    expect(decide?.detail).toBe(
      'Fit check 5 of 6 (83%) from 1 reviewer, 1 red flag. Compare the candidates, then promote it to planning.',
    );
    // Its dates never promote a candidate: the fit check does.
    expect(steps(w, '2026-01-05')).toEqual(['decide → sourcing']);
  });
});

describe('nextSteps while planning', () => {
  it('goes through roles, goals, the kick-off and week 1 in the playbook’s order', () => {
    const w = guideWorld({ people: [{ id: 'zoe', name: 'Zoë', email: '', role: 'engineer' }] });
    expect(steps(w, '2025-12-10')).toEqual([
      'roles → details',
      'goals → goals',
      'kickoff → planning',
      'week-1 → planner',
    ]);
    w.engagement.people.push({ id: 'sam', name: 'Sam', email: '', role: 'advisor' });
    w.retro.goals = [goal('g1')];
    w.lifecycle.kickoffDate = '2026-01-06';
    expect(titles(w, '2025-12-10')).toEqual([
      'Add a production-adoption goal',
      'Hold the kick-off on 6 Jan 2026',
      'Plan week 1',
    ]);
    planned(w);
    expect(steps(w, '2025-12-10')).toEqual([]);
  });

  it('offers the start first once the start date has come, and keeps what planning left open', () => {
    const w = guideWorld({}, (x) => {
      x.retro.goals = [goal('g1', true)];
    });
    expect(steps(w, '2026-01-05')).toEqual(['status → status active', 'kickoff → planning', 'week-1 → planner']);
    const [start] = nextSteps(w, DEFAULT_SETTINGS, '2026-01-05');
    expect(start?.action.label).toBe('Start the engagement');
  });
});

describe('nextSteps while active', () => {
  const active = (change: (w: GuideInput) => void = () => undefined) =>
    guideWorld({ status: 'active' }, (w) => {
      planned(w);
      change(w);
    });

  it('leads to this week’s retro on its day, goals to score first', () => {
    // Tuesday 10 Feb 2026; the retro is on Thursday 12 Feb at 14:00 (the settings).
    const [step] = nextSteps(active(), DEFAULT_SETTINGS, '2026-02-10');
    expect(step).toEqual({
      id: 'retro',
      title: 'This week’s retro: 12 Feb 2026, 14:00',
      detail: 'Score the 2 goals first, then went well, went poorly, do next time; ask for negative feedback.',
      action: { label: 'Open Retros', target: { to: 'section', section: 'retros' } },
    });
    expect(titles(active(), '2026-02-13')).toEqual(['This week’s retro was not held (12 Feb 2026)']);
  });

  it('then to the held retro while its goals are unscored, then to its notes until they are emailed', () => {
    const w = active((x) => {
      x.retro.retros = [
        retro('r1', '2026-02-12', { mailLog: [], goalScores: [{ goalId: 'g1', score: 40, note: '' }] }),
      ];
    });
    expect(steps(w, '2026-02-12')).toEqual(['notes:r1 → retro r1', 'retro → retro r1']);
    expect(titles(w, '2026-02-12')[1]).toBe('Score the goals in this week’s retro');
    const r = w.retro.retros[0];
    if (r) r.goalScores.push({ goalId: 'g2', score: 10, note: '' });
    expect(titles(w, '2026-02-13')).toEqual(['Email the notes of the retro on 12 Feb 2026']);
    // Four weeks on, the reminder is left to the retros list.
    expect(steps(w, '2026-03-13')).toEqual(['retro → retros']);
  });

  it('follows the retro ritual when the planner moved it', () => {
    const w = active((x) => {
      x.planner.rituals = [
        { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['tue'], time: '10:30', minutes: 30 },
      ];
    });
    expect(titles(w, '2026-02-09')).toEqual(['This week’s retro: 10 Feb 2026, 10:30']);
    expect(titles(w, '2026-02-11')).toEqual(['This week’s retro was not held (10 Feb 2026)']);
  });

  it('has no retro step in a week whose retro day falls outside the engagement', () => {
    // The last week: Monday 16 Mar is the last day, Thursday 19 Mar is after it.
    expect(steps(active(), '2026-03-16')).toEqual([]);
  });

  it('moves to the wrap-up once the end date has passed, months later too', () => {
    for (const today of ['2026-03-17', '2026-09-30']) {
      expect(steps(active(), today)).toEqual([
        'status → status wrapping-up',
        'project-retro → project',
        'nps → project',
        'keep-separate → wrap-up',
      ]);
    }
  });

  describe.each([
    // Thursday 12 Feb 2026, 22:00 UTC: still Thursday in London, already Friday in Auckland.
    ['Europe/London', 'This week’s retro: 12 Feb 2026, 14:00'],
    ['Pacific/Auckland', 'This week’s retro was not held (12 Feb 2026)'],
  ] as const)('in %s', (zone, expected) => {
    useTimeZone(zone);
    it('works out this week’s retro from the local date', () => {
      const today = localDateOf(new Date('2026-02-12T22:00:00Z'));
      expect(titles(active(), today)).toEqual([expected]);
    });
  });
});

describe('nextSteps while wrapping up', () => {
  const wrapping = (change: (w: GuideInput) => void = () => undefined) =>
    guideWorld({ status: 'wrapping-up' }, (w) => {
      planned(w);
      change(w);
    });

  it('takes what the project retro recorded, then offers to mark it done', () => {
    const w = wrapping();
    expect(steps(w, '2026-03-20')).toEqual(['project-retro → project', 'nps → project', 'keep-separate → wrap-up']);
    w.project.retro.date = '2026-03-25';
    expect(titles(w, '2026-03-20')[0]).toBe('Hold the project retro on 25 Mar 2026');
    expect(titles(w, '2026-03-25')[0]).toBe('Email the project retro notes');
    w.project.retro.mailLog = [
      { at: '2026-03-25T16:00:00.000Z', via: 'smtp', to: ['kenji@example.com'], state: 'sent', outboxId: 'o1' },
    ];
    w.project.nps = [
      { id: 'n1', respondent: '', role: 'engineer', score: 9, comment: '', createdAt: '2026-03-26T09:00:00.000Z' },
    ];
    expect(steps(w, '2026-03-26')).toEqual(['keep-separate → wrap-up']);
    w.lifecycle.wrapUp.keepWorkSeparate = true;
    expect(nextSteps(w, DEFAULT_SETTINGS, '2026-03-26')).toEqual([
      {
        id: 'done',
        title: 'Mark the engagement done',
        detail: 'The wrap-up checklist is complete. The three-month check-in follows on 16 Jun 2026.',
        action: { label: 'Mark as done', target: { to: 'status', status: 'done' } },
      },
    ]);
  });

  it('counts a tick in the checklist for what happened outside the app', () => {
    const w = wrapping((x) => {
      x.lifecycle.wrapUp = { projectRetro: true, npsSent: true, notesEmailed: true, keepWorkSeparate: true };
    });
    expect(steps(w, '2026-03-20')).toEqual(['done → status done']);
  });

  it('still asks for the last weekly retro’s notes', () => {
    const w = wrapping((x) => {
      x.retro.retros = [retro('last', '2026-03-12', { mailLog: [] })];
    });
    expect(steps(w, '2026-03-18')[0]).toBe('notes:last → retro last');
  });
});

describe('nextSteps once done', () => {
  const done = (change: (w: GuideInput) => void = () => undefined) =>
    guideWorld({ status: 'done' }, (w) => {
      planned(w);
      change(w);
    });

  it('asks for follow-ups, then shows the check-in coming up, then due', () => {
    expect(steps(done(), '2026-04-01')).toEqual(['follow-ups → wrap-up', 'check-in → wrap-up']);
    expect(titles(done(), '2026-04-01')[1]).toBe('Three-month check-in on 16 Jun 2026');
    expect(nextSteps(done(), DEFAULT_SETTINGS, '2026-06-09')[1]?.detail).toMatch(/^In a week\./);
    expect(titles(done(), '2026-06-16')[0]).toBe('Hold the three-month check-in');
    expect(nextSteps(done(), DEFAULT_SETTINGS, '2026-06-16')[0]?.detail).toMatch(/^Due today:/);
    expect(
      steps(
        done((w) => (w.lifecycle.checkInDone = true)),
        '2026-06-20',
      ),
    ).toEqual(['follow-ups → wrap-up']);
  });

  it('lists follow-ups that are due, oldest first, and none that are not', () => {
    const w = done((x) => {
      x.lifecycle.checkInDone = true;
      x.lifecycle.followUps = [
        { id: 'f1', person: 'Kenji', role: 'Tech lead', cadence: 'monthly', lastContact: '2026-04-01', log: [] },
        { id: 'f2', person: 'Ana', role: '', cadence: 'weekly', lastContact: '2026-04-10', log: [] },
        { id: 'f3', person: 'Lee', role: '', cadence: 'quarterly', lastContact: '2026-04-10', log: [] },
      ];
    });
    expect(nextSteps(w, DEFAULT_SETTINGS, '2026-05-01').map((s) => [s.title, s.detail])).toEqual([
      ['Follow up with Ana', 'overdue since 17 Apr 2026'],
      ['Follow up with Kenji', 'Tech lead · due 1 May 2026'],
    ]);
  });

  it('treats an engagement that ended early the same way', () => {
    const w = guideWorld({ status: 'ended-early', endedEarlyReason: 'Team reorganised' });
    expect(steps(w, '2026-02-01')).toEqual(['follow-ups → wrap-up', 'check-in → wrap-up']);
  });
});
