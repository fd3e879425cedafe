import { describe, expect, it } from 'vitest';
import { homeItems, type HomeEngagement } from '../../../../shared/thisWeek/homeItems';
import { dueNotices } from '../../../../shared/notifications/notices';
import type { Engagement } from '../../../../shared/model/engagement';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { emptyNote, type NoteDoc } from '../../../../shared/model/note';
import { emptyPlannerSection } from '../../../../shared/model/planner';
import type { Retro } from '../../../../shared/model/retro';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';

// Wednesday 2026-03-04, ISO week 2026-W10 (Mon 2 Mar – Sun 8 Mar); retro day Thursday 5 Mar.
const TODAY = '2026-03-04';

function engagement(id: string, overrides: Partial<Engagement> = {}): Engagement {
  return {
    id,
    name: `Engagement ${id}`,
    hostTeam: 'Checkout',
    homeTeam: 'Platform',
    people: [
      { id: `${id}-zoe`, name: 'Zoë', email: 'zoe@example.com', role: 'engineer' },
      { id: `${id}-sam`, name: 'Sam', email: 'sam@example.com', role: 'advisor' },
      { id: `${id}-kenji`, name: 'Kenji', email: '', role: 'tech-lead' },
    ],
    startDate: '2026-01-05',
    endDate: '2026-03-16',
    status: 'active',
    endedEarlyReason: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function world(e: Engagement, change: (w: HomeEngagement) => void = () => undefined): HomeEngagement {
  const w: HomeEngagement = {
    engagement: e,
    retro: { goals: [], retros: [] },
    planner: emptyPlannerSection(),
    lifecycle: emptyLifecycleSection(),
  };
  change(w);
  return w;
}

function retro(id: string, date: string, overrides: Partial<Retro> = {}): Retro {
  return {
    id,
    date,
    attendees: [],
    goalScores: [],
    notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
    mvpStatus: '',
    startedAt: null,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    deletedAt: null,
    // Emailed: drafted, then confirmed sent ("I sent it"). A draft alone does not count (issue 16).
    mailLog: [
      { at: `${date}T15:00:00.000Z`, via: 'draft', to: [], state: 'drafted', outboxId: null },
      { at: `${date}T15:05:00.000Z`, via: 'draft', to: [], state: 'sent', outboxId: null },
    ],
    ...overrides,
  };
}

function taskNote(
  items: { id: string; text: string; due: string | null; checked?: boolean; owner?: string }[],
): NoteDoc {
  return {
    type: 'doc',
    content: [
      {
        type: 'taskList',
        content: items.map((i) => ({
          type: 'taskItem',
          attrs: { id: i.id, checked: i.checked ?? false, owner: i.owner ?? null, due: i.due },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: i.text }] }],
        })),
      },
    ],
  };
}

const list = (worlds: HomeEngagement[], today = TODAY) =>
  homeItems(worlds, DEFAULT_SETTINGS, today).map((i) => `${i.group}|${i.kind}|${i.title}|${i.detail}`);

describe('homeItems', () => {
  it("lists today's plan and this week's retro for an active engagement", () => {
    expect(list([world(engagement('a'))])).toEqual([
      'today|plan|Today: Pairing|8 h',
      'due|retro|Weekly retro 5 Mar 2026|Not started yet.',
    ]);
  });

  it('takes the retro’s day and time from the engagement’s retro ritual when the planner moved it', () => {
    // Moved to Tuesday 10:00 in the planner; the settings still say Thursday 14:00.
    const moved = world(engagement('a'), (x) => {
      x.planner.rituals = [
        { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['tue'], time: '10:00', minutes: 30 },
      ];
    });
    const items = homeItems([moved], DEFAULT_SETTINGS, '2026-03-03').filter((i) => i.kind === 'retro');
    expect(items.map((i) => [i.title, i.date, i.time])).toEqual([['Weekly retro 3 Mar 2026', '2026-03-03', '10:00']]);
    // A retro held on the ritual's day counts as this week's.
    moved.retro.retros = [retro('r1', '2026-03-03')];
    expect(homeItems([moved], DEFAULT_SETTINGS, '2026-03-04').find((i) => i.kind === 'retro')?.link).toEqual({
      to: 'retro',
      retroId: 'r1',
    });
  });

  it('announces a moved retro on its new day: Tuesday 09:55 for Tuesday 10:00', () => {
    const moved = world(engagement('a'), (x) => {
      x.planner.rituals = [
        { id: 'retro', kind: 'retro', name: 'Weekly retro', days: ['tue'], time: '10:00', minutes: 30 },
      ];
    });
    const notices = dueNotices(
      homeItems([moved], DEFAULT_SETTINGS, '2026-03-03'),
      '2026-03-03',
      9 * 60 + 55,
      new Set(),
    );
    expect(notices.map((n) => n.title)).toEqual(['Weekly retro at 10:00']);
  });

  it('says when this week’s retro day has passed without a retro', () => {
    expect(list([world(engagement('a'))], '2026-03-06')).toContain(
      'due|retro|Weekly retro 5 Mar 2026|Not held yet this week.',
    );
  });

  it('shows the planned day with its partners, topic and rituals, and links to the planner', () => {
    const w = world(engagement('a'), (x) => {
      x.planner.weeks['2026-W10'] = {
        days: {
          wed: { kind: 'pairing', hours: 6, note: 'Bring laptop', partnerIds: ['a-kenji'], topic: 'CI pipeline' },
        },
      };
      x.planner.rituals = [{ id: 'su', kind: 'standup', name: 'Stand-up', days: ['wed'], time: '09:30', minutes: 15 }];
    });
    const [plan] = homeItems([w], DEFAULT_SETTINGS, TODAY);
    expect(plan?.detail).toBe('6 h · with Kenji · CI pipeline · Stand-up 09:30 · Bring laptop');
    expect(plan?.link).toEqual({ to: 'section', section: 'planner' });
  });

  it('says whether the retro’s goals are scored, and links to that retro', () => {
    const goals = [
      {
        id: 'g1',
        kind: 'business' as const,
        title: 'G1',
        metric: '',
        baseline: '',
        target: '',
        productionAdoption: true,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'g2',
        kind: 'technical' as const,
        title: 'G2',
        metric: '',
        baseline: '',
        target: '',
        productionAdoption: false,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const partly = world(engagement('a'), (x) => {
      x.retro.goals = goals;
      x.retro.retros = [retro('r1', '2026-03-05', { goalScores: [{ goalId: 'g1', score: 50, note: '' }] })];
    });
    const items = homeItems([partly], DEFAULT_SETTINGS, TODAY).filter((i) => i.kind === 'retro');
    expect(items.map((i) => i.detail)).toEqual(['Goals not scored yet (1 of 2).']);
    expect(items[0]?.link).toEqual({ to: 'retro', retroId: 'r1' });
    partly.retro.retros = [
      retro('r1', '2026-03-05', { goalScores: goals.map((g) => ({ goalId: g.id, score: 10, note: '' })) }),
    ];
    expect(list([partly]).filter((s) => s.includes('|retro|'))).toEqual([
      'due|retro|Weekly retro 5 Mar 2026|Goals scored (2 of 2).',
    ]);
  });

  it('lists retro notes not yet emailed (a failed or cancelled send does not count), but not future or deleted retros', () => {
    const w = world(engagement('a'), (x) => {
      x.retro.retros = [
        retro('sent', '2026-02-19'),
        retro('unsent', '2026-02-26', { mailLog: [] }),
        retro('failed', '2026-02-12', {
          mailLog: [{ at: '2026-02-12T15:00:00.000Z', via: 'smtp', to: [], state: 'failed', outboxId: 'o1' }],
        }),
        retro('deleted', '2026-02-05', { mailLog: [], deletedAt: '2026-02-06T00:00:00.000Z' }),
        retro('future', '2026-03-05', { mailLog: [] }),
        retro('drafted', '2026-02-10', {
          mailLog: [{ at: '2026-02-10T15:00:00.000Z', via: 'copy', to: [], state: 'copied', outboxId: null }],
        }),
      ];
    });
    expect(list([w]).filter((s) => s.includes('|notes|'))).toEqual([
      'due|notes|Email the notes of the retro on 10 Feb 2026|Copied, not confirmed sent. Send them, then mark them sent.',
      'due|notes|Email the notes of the retro on 12 Feb 2026|Send them to everyone who came.',
      'due|notes|Email the notes of the retro on 26 Feb 2026|Send them to everyone who came.',
    ]);
  });

  it('lists unsent notes for four weeks after their retro, not from further back', () => {
    const w = world(engagement('a', { startDate: '2025-12-01' }), (x) => {
      x.retro.retros = [
        retro('old', '2026-02-03', { mailLog: [] }),
        retro('edge', '2026-02-04', { mailLog: [] }),
        retro('recent', '2026-02-26', { mailLog: [] }),
      ];
    });
    expect(list([w]).filter((s) => s.includes('|notes|'))).toEqual([
      'due|notes|Email the notes of the retro on 4 Feb 2026|Send them to everyone who came.',
      'due|notes|Email the notes of the retro on 26 Feb 2026|Send them to everyone who came.',
    ]);
    // A week later the 4 Feb retro has passed the window too.
    expect(list([w], '2026-03-11').filter((s) => s.includes('|notes|'))).toEqual([
      'due|notes|Email the notes of the retro on 26 Feb 2026|Send them to everyone who came.',
    ]);
  });

  it('lists open action items due by Sunday, overdue ones too, but not done or later ones', () => {
    const w = world(engagement('a'), (x) => {
      x.retro.retros = [
        retro('r1', '2026-02-26', {
          notes: {
            wentWell: emptyNote(),
            wentPoorly: emptyNote(),
            notes: emptyNote(),
            doNextTime: taskNote([
              { id: 'late', text: 'Fix flaky test', due: '2026-03-02', owner: 'a-kenji' },
              { id: 'sunday', text: 'Write ADR', due: '2026-03-08' },
              { id: 'monday', text: 'Next week', due: '2026-03-09' },
              { id: 'done', text: 'Done', due: '2026-03-03', checked: true },
              { id: 'undated', text: 'Someday', due: null },
            ]),
          },
        }),
      ];
    });
    expect(list([w]).filter((s) => s.includes('|action|'))).toEqual([
      'due|action|Fix flaky test|Overdue 2 Mar 2026 · Kenji',
      'due|action|Write ADR|Due 8 Mar 2026',
    ]);
  });

  it('shows the three-month check-in of an engagement ending today as coming up, and as due in its week', () => {
    const endsToday = world(engagement('a', { startDate: '2025-12-22', endDate: TODAY }));
    expect(list([endsToday]).filter((s) => s.includes('check-in'))).toEqual([
      'upcoming|check-in|Three-month check-in 4 Jun 2026|Three months after the end (4 Mar 2026).',
    ]);
    expect(list([endsToday], '2026-06-01').filter((s) => s.includes('check-in'))).toEqual([
      'due|check-in|Three-month check-in 4 Jun 2026|Did the changes stick? Ask the team.',
    ]);
    endsToday.lifecycle.checkInDone = true;
    expect(list([endsToday], '2026-06-01').filter((s) => s.includes('check-in'))).toEqual([]);
  });

  it('shows no check-in while an engagement is still running', () => {
    expect(list([world(engagement('a'))]).filter((s) => s.includes('check-in'))).toEqual([]);
  });

  it('lists follow-ups due this week or overdue', () => {
    const w = world(engagement('a', { status: 'done', endDate: '2026-01-30' }), (x) => {
      x.lifecycle.checkInDone = true;
      x.lifecycle.followUps = [
        { id: 'f1', person: 'Kenji', role: 'Tech lead', cadence: 'monthly', lastContact: '2026-02-01', log: [] },
        { id: 'f2', person: 'Mia', role: 'Manager', cadence: 'monthly', lastContact: '2026-02-10', log: [] },
        { id: 'f3', person: 'Ana', role: '', cadence: 'weekly', lastContact: null, log: [] },
      ];
    });
    expect(list([w])).toEqual([
      'due|follow-up|Follow up with Ana|overdue since 30 Jan 2026',
      'due|follow-up|Follow up with Kenji|Tech lead · overdue since 1 Mar 2026',
    ]);
  });

  it('lists a kick-off this week', () => {
    const w = world(engagement('a', { status: 'planning', startDate: '2026-03-09', endDate: '2026-05-18' }), (x) => {
      x.lifecycle.kickoffDate = '2026-03-06';
    });
    expect(list([w])).toEqual([
      'due|kickoff|Kick-off meeting 6 Mar 2026|Testing framework, coverage target, MVP and approach, timeline, retro cadence.',
    ]);
  });

  it('warns about roles and capacity for engagements that have not ended', () => {
    const noAdvisor = engagement('b', { status: 'planning', startDate: '2026-04-06', endDate: '2026-06-15' });
    noAdvisor.people = noAdvisor.people.filter((p) => p.role !== 'advisor');
    const third = engagement('c', { status: 'planning', startDate: '2026-07-06', endDate: '2026-09-14' });
    const items = homeItems([world(engagement('a')), world(noAdvisor), world(third)], DEFAULT_SETTINGS, TODAY).filter(
      (i) => i.group === 'warning',
    );
    expect(items.map((i) => [i.kind, i.engagementId])).toEqual([
      ['capacity', 'c'],
      ['roles', 'b'],
    ]);
    expect(items[0]?.detail).toContain('third engagement back to back');
  });

  it('does not warn about the capacity of engagements that are over', () => {
    const old = [
      engagement('a', { status: 'done', startDate: '2025-01-06', endDate: '2025-03-17' }),
      engagement('b', { status: 'done', startDate: '2025-04-07', endDate: '2025-06-16' }),
      engagement('c', { status: 'done', startDate: '2025-07-07', endDate: '2025-09-15' }),
    ].map((e) => world(e, (x) => void (x.lifecycle.checkInDone = true)));
    expect(list(old)).toEqual([]);
  });

  it('lists nothing for sourcing candidates', () => {
    expect(list([world(engagement('a', { status: 'sourcing', people: [] }))])).toEqual([]);
  });
});
