import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../../../shared/guide/keyFigures';
import { effectiveWrapUp, knownWrapUp } from '../../../../shared/guide/wrapUp';
import { emptyProjectSection } from '../../../../shared/model/projectRetro';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { goal, guideWorld, note, retro } from './guideWorld';

describe('knownWrapUp', () => {
  it('knows nothing of an untouched project retro', () => {
    expect(knownWrapUp(emptyProjectSection(), '2026-03-20')).toEqual({
      projectRetro: null,
      npsSent: null,
      notesEmailed: null,
      keepWorkSeparate: null,
    });
  });

  it('knows the retro was held once its day has come, NPS answers, and notes marked sent', () => {
    const project = emptyProjectSection();
    project.retro.date = '2026-03-25';
    project.retro.mailLog = [
      {
        at: '2026-03-25T15:00:00.000Z',
        via: 'draft',
        to: ['a@example.com', 'b@example.com'],
        state: 'drafted',
        outboxId: null,
      },
    ];
    // Planned for later, only drafted: not known yet.
    expect(knownWrapUp(project, '2026-03-24')).toMatchObject({ projectRetro: null, notesEmailed: null });
    project.retro.mailLog.push({
      at: '2026-03-25T15:10:00.000Z',
      via: 'draft',
      to: ['a@example.com', 'b@example.com'],
      state: 'sent',
      outboxId: null,
    });
    project.nps = [
      {
        id: 'n1',
        respondent: 'Kenji',
        role: 'engineer',
        score: 10,
        comment: '',
        createdAt: '2026-03-26T09:00:00.000Z',
      },
      { id: 'n2', respondent: '', role: 'product', score: 6, comment: '', createdAt: '2026-03-26T09:05:00.000Z' },
    ];
    expect(knownWrapUp(project, '2026-03-25')).toEqual({
      projectRetro: 'held on 25 Mar 2026',
      npsSent: '2 NPS responses',
      notesEmailed: 'notes sent to 2 people',
      keepWorkSeparate: null,
    });
  });

  it('lets a manual tick stand for what happened outside the app, and ticks what the app knows', () => {
    const manual = { projectRetro: false, npsSent: true, notesEmailed: false, keepWorkSeparate: true };
    const known = { projectRetro: 'held on 25 Mar 2026', npsSent: null, notesEmailed: null, keepWorkSeparate: null };
    expect(effectiveWrapUp(manual, known)).toEqual({
      projectRetro: true,
      npsSent: true,
      notesEmailed: false,
      keepWorkSeparate: true,
    });
  });
});

describe('keyFigures', () => {
  it('shows the week, the latest goal scores, open and overdue actions, and the pairing share so far', () => {
    const w = guideWorld({ status: 'active' }, (x) => {
      x.retro.goals = [goal('g1', true), goal('g2')];
      x.retro.retros = [
        retro('r1', '2026-01-15', {
          goalScores: [{ goalId: 'g1', score: 20, note: '' }],
          notes: { ...retro('x', '2026-01-15').notes, doNextTime: note('Next', [{ id: 'a1', due: '2026-01-20' }]) },
        }),
        retro('r2', '2026-01-22', {
          goalScores: [{ goalId: 'g1', score: 35, note: '' }],
          notes: {
            ...retro('x', '2026-01-22').notes,
            doNextTime: note('More', [
              { id: 'a2', due: null },
              { id: 'a3', due: '2026-01-30', checked: true },
            ]),
          },
        }),
      ];
      // Week 2 planned with a day of 20% time taken as pairing: 5 pairing days.
      x.planner.weeks['2026-W03'] = {
        days: Object.fromEntries(
          (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [
            d,
            { kind: 'pairing', hours: 8, note: '', partnerIds: [], topic: '' },
          ]),
        ),
      };
    });
    expect(keyFigures(w, DEFAULT_SETTINGS, '2026-01-23')).toEqual({
      week: { kind: 'during', week: 3, of: 10 },
      goals: [
        { id: 'g1', title: 'Goal g1', score: 35 },
        { id: 'g2', title: 'Goal g2', score: null },
      ],
      openActions: { open: 2, overdue: 1 },
      // Weeks 1 to 3 so far: the template's 32 of 40 h (Friday is 20% time) twice, and week 2's 40 of 40 h.
      pairing: { percent: 87, target: 80 },
    });
  });

  it('has no pairing share before the start', () => {
    const figures = keyFigures(guideWorld(), DEFAULT_SETTINGS, '2025-12-29');
    expect(figures.week).toEqual({ kind: 'before', days: 7 });
    expect(figures.pairing).toBeNull();
    expect(figures.openActions).toEqual({ open: 0, overdue: 0 });
  });
});
