import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/model/engagement';
import { emptyNote } from '../../../../shared/model/note';
import type { Retro } from '../../../../shared/model/retro';
import { actionRows, carriedCount, filterActions, forgottenActions } from '../../../../shared/retro/openActions';
import { person, validInput } from '../../support/fixtures';
import { doc, retro, taskItem, taskList } from '../../support/notes';

const engagement: Engagement = {
  ...validInput({ people: [person({ id: 'p-1', name: 'Kenji Sato', email: 'Kenji@Example.com' })] }),
  id: 'e1',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

function withItems(id: string, date: string, items: Parameters<typeof taskItem>[0][]): Retro {
  return retro({
    id,
    date,
    notes: {
      wentWell: emptyNote(),
      wentPoorly: emptyNote(),
      doNextTime: doc(taskList(...items.map((attrs) => taskItem(attrs, `Do ${attrs.id}`)))),
      notes: emptyNote(),
    },
  });
}

/** Five weekly retros; a1 (Kenji, due 12 Mar) stays open, a2 closed on 19 Mar, a3 open with no due date. */
const retros: Retro[] = [
  withItems('r1', '2026-03-05', [
    { id: 'a1', owner: 'p-1', due: '2026-03-12' },
    { id: 'a2', checked: true, closedOn: '2026-03-19' },
  ]),
  withItems('r2', '2026-03-12', [{ id: 'a3' }]),
  retro({ id: 'r3', date: '2026-03-19' }),
  retro({ id: 'r4', date: '2026-03-26' }),
  retro({ id: 'gone', date: '2026-03-27', deletedAt: '2026-03-28T09:00:00.000Z' }),
  retro({ id: 'r5', date: '2026-04-02' }),
];

describe('carriedCount', () => {
  it('counts the later live retros an open item was carried into, up to the given day', () => {
    const item = { retroDate: '2026-03-05', closedOn: null, checked: false };
    expect(carriedCount(item, retros, '2026-04-02')).toBe(4);
    expect(carriedCount(item, retros, '2026-03-19')).toBe(2);
    expect(carriedCount(item, retros, '2026-03-05')).toBe(0);
  });

  it('stops counting at the retro held on the day it was closed', () => {
    expect(carriedCount({ retroDate: '2026-03-05', closedOn: '2026-03-19', checked: true }, retros, '2026-04-02')).toBe(
      1,
    );
  });
});

describe('action rows across engagements', () => {
  const rows = actionRows(engagement, retros, '2026-04-02');

  it('names the owner and the retro each item came from', () => {
    expect(rows.map((r) => [r.itemId, r.retroDate, r.ownerName, r.carried])).toEqual([
      ['a1', '2026-03-05', 'Kenji Sato', 4],
      ['a2', '2026-03-05', null, 1],
      ['a3', '2026-03-12', null, 3],
    ]);
  });

  it('filters: open, mine (by email, any case), overdue, no due date, done in the last two weeks', () => {
    const ids = (list: { itemId: string }[]) => list.map((r) => r.itemId);
    expect(ids(filterActions(rows, 'open', '2026-04-02', null))).toEqual(['a1', 'a3']);
    expect(ids(filterActions(rows, 'mine', '2026-04-02', 'kenji@example.COM'))).toEqual(['a1']);
    expect(ids(filterActions(rows, 'mine', '2026-04-02', null))).toEqual([]);
    expect(ids(filterActions(rows, 'overdue', '2026-04-02', null))).toEqual(['a1']);
    expect(ids(filterActions(rows, 'overdue', '2026-03-12', null))).toEqual([]);
    expect(ids(filterActions(rows, 'no-due', '2026-04-02', null))).toEqual(['a3']);
    expect(ids(filterActions(rows, 'done-recently', '2026-04-02', null))).toEqual(['a2']);
    expect(ids(filterActions(rows, 'done-recently', '2026-04-03', null))).toEqual([]);
  });

  it('finds the open items without a due date from retros more than two weeks ago', () => {
    expect(forgottenActions(rows, '2026-03-26').map((r) => r.itemId)).toEqual([]);
    expect(forgottenActions(rows, '2026-03-27').map((r) => r.itemId)).toEqual(['a3']);
  });
});
