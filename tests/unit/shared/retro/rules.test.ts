import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../../../shared/model/note';
import type { Goal, MailLogEntry, Retro } from '../../../../shared/model/retro';
import {
  allActionItems,
  awaitingSentConfirmation,
  byDateDesc,
  carriedOverItems,
  goalTrend,
  hasProductionAdoptionGoal,
  latestScore,
  negativeFeedbackNudge,
  notesEmailed,
} from '../../../../shared/retro/rules';
import { doc, hardBreak, line, paragraph, retro, taskItem, taskList, words } from '../../support/notes';

function goal(id: string, productionAdoption = false): Goal {
  return {
    id,
    kind: 'technical',
    title: `Goal ${id}`,
    metric: '',
    baseline: '',
    target: '',
    productionAdoption,
    createdAt: '2026-03-02T09:00:00.000Z',
  };
}

/** A note holding one task list with the given open (or done) items. */
function tasks(...items: [id: string, checked?: boolean][]): Retro['notes']['wentWell'] {
  return doc(taskList(...items.map(([id, checked = false]) => taskItem({ id, checked }, `Item ${id}`))));
}

describe('negativeFeedbackNudge', () => {
  it("is 'empty' when 'went poorly' has no words", () => {
    expect(negativeFeedbackNudge({ wentWell: emptyNote(), wentPoorly: emptyNote() })).toBe('empty');
    expect(negativeFeedbackNudge({ wentWell: words(30), wentPoorly: doc(line('   '), paragraph(hardBreak)) })).toBe(
      'empty',
    );
    expect(negativeFeedbackNudge({ wentWell: words(30), wentPoorly: doc() })).toBe('empty');
  });

  it("is null when 'went poorly' has words and 'went well' has fewer than 10", () => {
    expect(negativeFeedbackNudge({ wentWell: emptyNote(), wentPoorly: words(1) })).toBeNull();
    expect(negativeFeedbackNudge({ wentWell: words(9), wentPoorly: words(1) })).toBeNull();
  });

  it("is 'thin' from 10 words of 'went well' when 'went poorly' is under a third of it", () => {
    expect(negativeFeedbackNudge({ wentWell: words(10), wentPoorly: words(1) })).toBe('thin');
    expect(negativeFeedbackNudge({ wentWell: words(10), wentPoorly: words(3) })).toBe('thin');
  });

  it('is null once went poorly reaches a third of went well (boundary: 3 × poorly = well)', () => {
    expect(negativeFeedbackNudge({ wentWell: words(12), wentPoorly: words(3) })).toBe('thin');
    expect(negativeFeedbackNudge({ wentWell: words(12), wentPoorly: words(4) })).toBeNull();
    expect(negativeFeedbackNudge({ wentWell: words(10), wentPoorly: words(4) })).toBeNull();
    expect(negativeFeedbackNudge({ wentWell: words(30), wentPoorly: words(9) })).toBe('thin');
    expect(negativeFeedbackNudge({ wentWell: words(30), wentPoorly: words(10) })).toBeNull();
  });

  it('is null when went poorly says more than went well', () => {
    expect(negativeFeedbackNudge({ wentWell: words(10), wentPoorly: words(50) })).toBeNull();
  });
});

describe('carriedOverItems', () => {
  const current = retro({
    id: 'now',
    date: '2026-03-19',
    createdAt: '2026-03-19T09:00:00.000Z',
    notes: { ...retro({ id: 'x', date: '2026-03-19' }).notes, doNextTime: tasks(['own']) },
  });
  const older = retro({
    id: 'older',
    date: '2026-03-05',
    notes: {
      wentWell: tasks(['w1']),
      wentPoorly: tasks(['p1'], ['p2', true]),
      doNextTime: tasks(['d1'], ['d2']),
      notes: tasks(['n1']),
    },
  });
  const middle = retro({
    id: 'middle',
    date: '2026-03-12',
    notes: {
      ...older.notes,
      wentWell: tasks(['m1']),
      wentPoorly: emptyNote(),
      doNextTime: emptyNote(),
      notes: emptyNote(),
    },
  });
  const allDone = retro({
    id: 'all-done',
    date: '2026-03-10',
    notes: { ...middle.notes, wentWell: tasks(['done1', true], ['done2', true]) },
  });
  const deleted = retro({
    id: 'deleted',
    date: '2026-03-01',
    deletedAt: '2026-03-02T10:00:00.000Z',
    notes: { ...middle.notes, wentWell: tasks(['gone']) },
  });
  const later = retro({ id: 'later', date: '2026-03-26', notes: { ...middle.notes, wentWell: tasks(['future']) } });

  it('carries the open items of earlier retros, oldest first, across all four sections in order', () => {
    const items = carriedOverItems([later, current, middle, deleted, older, allDone], current);
    expect(items.map((item) => item.id)).toEqual(['w1', 'p1', 'd1', 'd2', 'n1', 'm1']);
  });

  it('says which retro each item comes from', () => {
    const [first] = carriedOverItems([older], current);
    expect(first).toEqual({
      id: 'w1',
      checked: false,
      owner: null,
      due: null,
      text: 'Item w1',
      retroId: 'older',
      retroDate: '2026-03-05',
    });
  });

  it('leaves out done items, deleted retros, the current retro and later retros', () => {
    const ids = carriedOverItems([later, current, middle, deleted, older, allDone], current).map((item) => item.id);
    expect(ids).not.toContain('p2');
    expect(ids).not.toContain('done1');
    expect(ids).not.toContain('gone');
    expect(ids).not.toContain('own');
    expect(ids).not.toContain('future');
  });

  it('is empty for the first retro', () => {
    expect(carriedOverItems([current, later], current)).toEqual([]);
  });

  it('orders retros on the same date by creation', () => {
    const morning = retro({
      id: 'morning',
      date: '2026-03-19',
      createdAt: '2026-03-19T08:00:00.000Z',
      notes: { ...middle.notes, wentWell: tasks(['am']) },
    });
    const earlyMorning = retro({
      id: 'early',
      date: '2026-03-19',
      createdAt: '2026-03-19T07:00:00.000Z',
      notes: { ...middle.notes, wentWell: tasks(['early']) },
    });
    const evening = retro({
      id: 'evening',
      date: '2026-03-19',
      createdAt: '2026-03-19T18:00:00.000Z',
      notes: { ...middle.notes, wentWell: tasks(['pm']) },
    });
    const items = carriedOverItems([evening, morning, current, earlyMorning], current);
    expect(items.map((item) => item.id)).toEqual(['early', 'am']);
  });

  it('places a retro that is not in the list yet by its date and creation time', () => {
    const items = carriedOverItems([older, middle], {
      id: 'new',
      date: '2026-03-12',
      createdAt: '2026-03-12T10:00:00.000Z',
    });
    expect(items.map((item) => item.id)).toEqual(['w1', 'p1', 'd1', 'd2', 'n1', 'm1']);
    const before = carriedOverItems([older, middle], {
      id: 'new',
      date: '2026-03-12',
      createdAt: '2026-03-12T08:00:00.000Z',
    });
    expect(before.map((item) => item.id)).toEqual(['w1', 'p1', 'd1', 'd2', 'n1']);
  });
});

describe('allActionItems', () => {
  it('lists the items of every live retro, done or not', () => {
    const a = retro({
      id: 'a',
      date: '2026-03-05',
      notes: { ...retro({ id: 'x', date: '2026-03-05' }).notes, wentWell: tasks(['a1', true], ['a2']) },
    });
    const gone = retro({
      id: 'gone',
      date: '2026-03-06',
      deletedAt: '2026-03-07T09:00:00.000Z',
      notes: { ...a.notes, wentWell: tasks(['g1']) },
    });
    expect(allActionItems([a, gone]).map((item) => [item.id, item.checked, item.retroId])).toEqual([
      ['a1', true, 'a'],
      ['a2', false, 'a'],
    ]);
  });
});

describe('notesEmailed', () => {
  const at = '2026-03-05T15:00:00.000Z';
  it('counts notes as emailed only once sent: by SMTP, or confirmed after a draft or copy (issue 16)', () => {
    expect(notesEmailed(retro({ id: 'r', date: '2026-03-05', mailLog: [] }))).toBe(false);
    for (const state of ['failed', 'cancelled', 'queued', 'drafted', 'copied'] as const) {
      expect(
        notesEmailed(
          retro({ id: 'r', date: '2026-03-05', mailLog: [{ at, via: 'smtp', to: [], state, outboxId: 'o1' }] }),
        ),
      ).toBe(false);
    }
    expect(
      notesEmailed(
        retro({ id: 'r', date: '2026-03-05', mailLog: [{ at, via: 'smtp', to: [], state: 'sent', outboxId: 'o1' }] }),
      ),
    ).toBe(true);
  });

  it('waits for "I sent it" after a draft or a copy, and not once the notes were sent', () => {
    const drafted: MailLogEntry = { at, via: 'draft', to: ['a@example.com'], state: 'drafted', outboxId: null };
    const sent: MailLogEntry = { ...drafted, state: 'sent' };
    expect(awaitingSentConfirmation(retro({ id: 'r', date: '2026-03-05', mailLog: [drafted] }))).toEqual(drafted);
    expect(awaitingSentConfirmation(retro({ id: 'r', date: '2026-03-05', mailLog: [drafted, sent] }))).toBeNull();
    expect(awaitingSentConfirmation(retro({ id: 'r', date: '2026-03-05', mailLog: [] }))).toBeNull();
  });
});

describe('byDateDesc', () => {
  it('sorts newest first by date, then by creation, without changing its input', () => {
    const a = retro({ id: 'a', date: '2026-03-05' });
    const b1 = retro({ id: 'b1', date: '2026-03-12', createdAt: '2026-03-12T08:00:00.000Z' });
    const b2 = retro({ id: 'b2', date: '2026-03-12', createdAt: '2026-03-12T09:00:00.000Z' });
    const input = [b1, a, b2];
    expect(byDateDesc(input).map((r) => r.id)).toEqual(['b2', 'b1', 'a']);
    expect(input.map((r) => r.id)).toEqual(['b1', 'a', 'b2']);
  });
});

describe('goalTrend and latestScore', () => {
  const scored = (
    id: string,
    date: string,
    scores: [goalId: string, score: number][],
    deletedAt: string | null = null,
  ) => retro({ id, date, deletedAt, goalScores: scores.map(([goalId, score]) => ({ goalId, score, note: '' })) });

  const retros = [
    scored('w3', '2026-03-19', [
      ['g1', 60],
      ['g2', 10],
    ]),
    scored('w1', '2026-03-05', [['g1', 20]]),
    scored('w4', '2026-03-26', [['g2', 15]]),
    scored('w2', '2026-03-12', [['g1', 40]]),
    scored('w5-deleted', '2026-04-02', [['g1', 99]], '2026-04-02T12:00:00.000Z'),
  ];

  it('lists a goal’s scores oldest first, skipping retros without a score for it and deleted retros', () => {
    expect(goalTrend(goal('g1'), retros)).toEqual([
      { date: '2026-03-05', score: 20 },
      { date: '2026-03-12', score: 40 },
      { date: '2026-03-19', score: 60 },
    ]);
    expect(goalTrend(goal('g2'), retros)).toEqual([
      { date: '2026-03-19', score: 10 },
      { date: '2026-03-26', score: 15 },
    ]);
  });

  it('keeps a score of 0', () => {
    expect(goalTrend(goal('g3'), [scored('w1', '2026-03-05', [['g3', 0]])])).toEqual([
      { date: '2026-03-05', score: 0 },
    ]);
    expect(latestScore(goal('g3'), [scored('w1', '2026-03-05', [['g3', 0]])])).toBe(0);
  });

  it('gives the score of the latest live retro, not of the last one in the list', () => {
    expect(latestScore(goal('g1'), retros)).toBe(60);
    expect(latestScore(goal('g2'), retros)).toBe(15);
  });

  it('is empty or null for a goal never scored', () => {
    expect(goalTrend(goal('never'), retros)).toEqual([]);
    expect(latestScore(goal('never'), retros)).toBeNull();
    expect(latestScore(goal('g1'), [])).toBeNull();
  });
});

describe('hasProductionAdoptionGoal', () => {
  it('is true only when some goal is about production adoption', () => {
    expect(hasProductionAdoptionGoal([])).toBe(false);
    expect(hasProductionAdoptionGoal([goal('a'), goal('b')])).toBe(false);
    expect(hasProductionAdoptionGoal([goal('a'), goal('b', true)])).toBe(true);
  });
});
