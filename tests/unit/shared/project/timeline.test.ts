import { describe, expect, it } from 'vitest';
import { emptyProjectSection, type Milestone, type ProjectSection } from '../../../../shared/model/projectRetro';
import type { Goal } from '../../../../shared/model/retro';
import { checkInDate } from '../../../../shared/keyDates/dueDates';
import { buildTimeline, type TimelineInput } from '../../../../shared/project/timeline';
import { doc, line, retro, taskItem, taskList } from '../../support/notes';

const engagement = { startDate: '2026-01-05', endDate: '2026-03-13' };

function goal(id: string, title: string): Goal {
  return {
    id,
    title,
    kind: 'technical',
    metric: '',
    baseline: '',
    target: '',
    productionAdoption: false,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function milestone(id: string, date: string, kind: Milestone['kind'], title: string): Milestone {
  return { id, date, kind, title, note: '', createdAt: '2026-01-01T00:00:00.000Z' };
}

function input(
  overrides: Partial<Omit<TimelineInput, 'project'>> & { project?: Partial<ProjectSection> } = {},
): TimelineInput {
  return {
    engagement,
    goals: overrides.goals ?? [],
    retros: overrides.retros ?? [],
    project: { ...emptyProjectSection(), ...overrides.project },
  };
}

describe('checkInDate', () => {
  it('is three months after the end, month ends clamped', () => {
    expect(checkInDate('2026-03-13')).toBe('2026-06-13');
    expect(checkInDate('2026-11-30')).toBe('2027-02-28');
    expect(checkInDate('2027-11-30')).toBe('2028-02-29');
    expect(checkInDate('2026-05-31')).toBe('2026-08-31');
  });
});

describe('buildTimeline', () => {
  it('always has the start, the end and the three-month check-in, and the axis spans them', () => {
    const timeline = buildTimeline(input());
    expect(timeline.items.map((i) => [i.kind, i.date])).toEqual([
      ['start', '2026-01-05'],
      ['end', '2026-03-13'],
      ['check-in', '2026-06-13'],
    ]);
    expect([timeline.from, timeline.to]).toEqual(['2026-01-05', '2026-06-13']);
    expect(timeline.items.map((i) => i.description)).toEqual([
      'Engagement start, 5 Jan 2026',
      'Engagement end, 13 Mar 2026',
      'Three-month check-in, 13 Jun 2026',
    ]);
  });

  it('says when the check-in was held, beside the day it was due', () => {
    const held = buildTimeline({ ...input(), checkInHeldOn: '2026-06-20' }).items.find((i) => i.kind === 'check-in');
    expect(held?.description).toBe('Three-month check-in, held 20 Jun 2026 (due 13 Jun 2026)');
    expect(held?.date).toBe('2026-06-13');
  });

  it('puts everything in date order whatever order it was entered in', () => {
    const timeline = buildTimeline(
      input({
        retros: [retro({ id: 'r2', date: '2026-01-22' }), retro({ id: 'r1', date: '2026-01-15' })],
        project: {
          milestones: [
            milestone('m3', '2026-02-20', 'goal-met', 'Coverage 80%'),
            milestone('m1', '2026-01-06', 'kick-off', 'Kick-off'),
            milestone('m2', '2026-01-20', 'mvp-in-production', 'MVP in production'),
          ],
          mvpTargetDate: '2026-01-16',
        },
      }),
    );
    expect(timeline.items.map((i) => i.id)).toEqual([
      'start',
      'milestone:m1',
      'retro:r1',
      'mvp-target',
      'milestone:m2',
      'retro:r2',
      'milestone:m3',
      'end',
      'check-in',
    ]);
    const dates = timeline.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('orders items on the same day by kind, then by label, and stacks them per lane', () => {
    const timeline = buildTimeline(
      input({
        retros: [retro({ id: 'r1', date: '2026-01-05' })],
        project: {
          milestones: [
            milestone('b', '2026-01-05', 'custom', 'Zeta'),
            milestone('a', '2026-01-05', 'kick-off', 'Alpha'),
          ],
          mvpTargetDate: '2026-01-05',
        },
      }),
    );
    const sameDay = timeline.items.filter((i) => i.date === '2026-01-05');
    expect(sameDay.map((i) => [i.id, i.lane, i.stack])).toEqual([
      ['start', 'milestones', 0],
      ['milestone:a', 'milestones', 1],
      ['milestone:b', 'milestones', 2],
      ['mvp-target', 'milestones', 3],
      ['retro:r1', 'retros', 0],
    ]);
  });

  it('describes a retro with its average goal score and an empty "went poorly", and links to it', () => {
    const timeline = buildTimeline(
      input({
        retros: [
          retro({
            id: 'r1',
            date: '2026-03-05',
            goalScores: [
              { goalId: 'g1', score: 50, note: '' },
              { goalId: 'g2', score: 73, note: '' },
            ],
          }),
          retro({
            id: 'r2',
            date: '2026-03-12',
            notes: { ...retro({ id: 'x', date: '2026-03-12' }).notes, wentPoorly: doc(line('Slow deploys')) },
          }),
        ],
      }),
    );
    const [first, second] = timeline.items.filter((i) => i.kind === 'retro');
    expect(first).toMatchObject({
      description: 'Retro, 5 Mar 2026, goals 62%, went poorly empty',
      averageScore: 62,
      wentPoorlyEmpty: true,
      label: '62%',
      target: { kind: 'retro', retroId: 'r1' },
    });
    expect(second).toMatchObject({
      description: 'Retro, 12 Mar 2026, goals not scored',
      averageScore: null,
      wentPoorlyEmpty: false,
    });
  });

  it('leaves out deleted retros', () => {
    const timeline = buildTimeline(
      input({ retros: [retro({ id: 'gone', date: '2026-01-15', deletedAt: '2026-01-16T00:00:00.000Z' })] }),
    );
    expect(timeline.items.some((i) => i.id === 'retro:gone')).toBe(false);
  });

  it('shows action items created at their retro and closed on the day they were closed, grouped', () => {
    const notes = retro({ id: 'x', date: '2026-01-15' }).notes;
    const timeline = buildTimeline(
      input({
        retros: [
          retro({
            id: 'r1',
            date: '2026-01-15',
            notes: {
              ...notes,
              doNextTime: doc(
                taskList(
                  taskItem({ id: 'a', checked: true, closedOn: '2026-01-22' }, 'Write the runbook'),
                  taskItem({ id: 'b', checked: true, closedOn: '2026-01-22' }, 'Split the pipeline'),
                  taskItem({ id: 'c', checked: true, closedOn: '2026-01-29' }, 'Add a smoke test'),
                  taskItem({ id: 'd' }, 'Still open'),
                  // Closed before closing days were recorded: counted as created, not placed as closed.
                  taskItem({ id: 'e', checked: true }, 'Closed long ago'),
                ),
              ),
            },
          }),
        ],
      }),
    );
    const actions = timeline.items.filter((i) => i.lane === 'actions');
    expect(actions.map((i) => [i.kind, i.date, i.count, i.label])).toEqual([
      ['actions-created', '2026-01-15', 5, '+5'],
      ['actions-closed', '2026-01-22', 2, '✓2'],
      ['actions-closed', '2026-01-29', 1, '✓1'],
    ]);
    expect(actions[0]?.description).toBe(
      '5 action items created, 15 Jan 2026: Write the runbook; Split the pipeline; Add a smoke test; and 2 more',
    );
    expect(actions[1]?.description).toBe('2 action items closed, 22 Jan 2026: Write the runbook; Split the pipeline');
    expect(actions.every((i) => i.target.kind === 'retro' && i.target.retroId === 'r1')).toBe(true);
  });

  it('compares the MVP in production with its target date', () => {
    const late = buildTimeline(
      input({
        project: {
          mvpTargetDate: '2026-01-16',
          milestones: [milestone('m', '2026-01-21', 'mvp-in-production', 'MVP in production')],
        },
      }),
    );
    expect(late.mvp).toEqual({ target: '2026-01-16', live: '2026-01-21', daysLate: 5 });
    expect(late.items.find((i) => i.id === 'milestone:m')?.description).toBe(
      'MVP in production, 21 Jan 2026, 5 days after the target',
    );
    expect(late.items.find((i) => i.id === 'mvp-target')?.description).toBe(
      'MVP target date, 16 Jan 2026, MVP in production 21 Jan 2026',
    );

    const early = buildTimeline(
      input({
        project: {
          mvpTargetDate: '2026-01-16',
          milestones: [milestone('m', '2026-01-15', 'mvp-in-production', 'Checkout live')],
        },
      }),
    );
    expect(early.items.find((i) => i.id === 'milestone:m')?.description).toBe(
      'MVP in production: Checkout live, 15 Jan 2026, 1 day before the target',
    );
  });

  it('copes with missing dates: no MVP target, no MVP in production, no project retro date', () => {
    const timeline = buildTimeline(input());
    expect(timeline.mvp).toEqual({ target: null, live: null, daysLate: null });
    expect(timeline.items.some((i) => i.kind === 'mvp-target' || i.kind === 'project-retro')).toBe(false);

    const noLive = buildTimeline(input({ project: { mvpTargetDate: '2026-01-16' } }));
    expect(noLive.items.find((i) => i.id === 'mvp-target')?.description).toBe(
      'MVP target date, 16 Jan 2026, MVP not in production yet',
    );
  });

  it('leaves out an item whose date is not a real date', () => {
    const timeline = buildTimeline(
      input({ project: { milestones: [milestone('bad', '2026-02-30', 'custom', 'Never')] } }),
    );
    expect(timeline.items.some((i) => i.id === 'milestone:bad')).toBe(false);
  });

  it('widens the axis for items before the start or after the check-in', () => {
    const timeline = buildTimeline(
      input({
        retros: [retro({ id: 'early', date: '2025-12-18' })],
        project: { milestones: [milestone('late', '2026-09-01', 'custom', 'Follow-up')] },
      }),
    );
    expect([timeline.from, timeline.to]).toEqual(['2025-12-18', '2026-09-01']);
  });

  it('places the project retro on its date and links to it', () => {
    const section = emptyProjectSection();
    const timeline = buildTimeline(input({ project: { retro: { ...section.retro, date: '2026-03-12' } } }));
    expect(timeline.items.find((i) => i.kind === 'project-retro')).toMatchObject({
      date: '2026-03-12',
      lane: 'retros',
      description: 'Project retro, 12 Mar 2026',
      target: { kind: 'project-retro' },
    });
  });

  it("draws each goal's scores over time, oldest first, skipping deleted retros", () => {
    const timeline = buildTimeline(
      input({
        goals: [goal('g1', 'Deploys under 10 min'), goal('g2', 'Coverage 80%')],
        retros: [
          retro({ id: 'r2', date: '2026-01-22', goalScores: [{ goalId: 'g1', score: 40, note: '' }] }),
          retro({
            id: 'r1',
            date: '2026-01-15',
            goalScores: [
              { goalId: 'g1', score: 20, note: '' },
              { goalId: 'g2', score: 55, note: '' },
            ],
          }),
          retro({
            id: 'r3',
            date: '2026-01-29',
            goalScores: [{ goalId: 'g1', score: 90, note: '' }],
            deletedAt: '2026-01-30T00:00:00.000Z',
          }),
        ],
      }),
    );
    expect(timeline.trends).toEqual([
      {
        goalId: 'g1',
        title: 'Deploys under 10 min',
        points: [
          { date: '2026-01-15', score: 20 },
          { date: '2026-01-22', score: 40 },
        ],
      },
      { goalId: 'g2', title: 'Coverage 80%', points: [{ date: '2026-01-15', score: 55 }] },
    ]);
  });

  it('gives every item a unique id, also with many items on the same days', () => {
    const retros = Array.from({ length: 300 }, (_, i) =>
      retro({ id: `r${i}`, date: i % 2 ? '2026-02-05' : '2026-02-12' }),
    );
    const timeline = buildTimeline(input({ retros }));
    expect(new Set(timeline.items.map((i) => i.id)).size).toBe(timeline.items.length);
    expect(Math.max(...timeline.items.map((i) => i.stack))).toBe(149);
  });
});
