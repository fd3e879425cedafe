import { kindOfPath } from '../../../../shared/model/records/recordPaths';
import { readRecord } from '../../../../shared/model/records/recordSchemas';
import { readAt } from '../../../../shared/team/jsonPath';
import type { JsonPath } from '../../../../shared/team/jsonValue';
import { doc, line } from '../../support/notes';
import type { Dice } from './dice';
import { edited, goal, ids, type RecordJson } from './teamWorld';

type Value = (dice: Dice, record: RecordJson) => unknown;
type Edit = [JsonPath, Value] | ((dice: Dice, record: RecordJson) => RecordJson);

const note: Value = (d) => doc(line(d.text()));
const bool: Value = (d) => d.int(2) === 0;
const of =
  (...values: unknown[]): Value =>
  (d) =>
    d.pick(values);

/** A field of an item of a list, picked among the items there are: ['goals', '*', 'title']. */
function itemField(list: string, field: string, value: Value): Edit {
  return (d, r) => {
    const items = ids(r[list]);
    return items.length === 0 ? r : edited(r, [[list, d.pick(items), field], value(d, r)]);
  };
}

function addItem(list: string, make: (id: string, d: Dice) => unknown): Edit {
  // Ids from a small pool: now and then both sides add an item with one id.
  return (d, r) => {
    const id = `${list.slice(0, 2)}${d.int(6)}`;
    return edited(r, [[list, id], make(id, d)]);
  };
}

function deleteItem(list: string): Edit {
  return (d, r) => {
    const items = ids(r[list]);
    return items.length === 0 ? r : edited(r, [[list, d.pick(items)], undefined]);
  };
}

/** Moves one item to another place (the user's order of goals, milestones, rituals). */
function moveItem(list: string): Edit {
  return (d, r) => {
    const items = [...(r[list] as unknown[])];
    const [moved] = items.splice(d.int(items.length), 1);
    if (moved === undefined) return r;
    items.splice(d.int(items.length + 1), 0, moved);
    return edited(r, [[list], items]);
  };
}

const RETRO: Edit[] = [
  ...['wentWell', 'wentPoorly', 'doNextTime', 'notes'].map((s): Edit => [['notes', s], note]),
  [['mvpStatus'], (d) => d.text()],
  [['date'], (d) => d.date()],
  [['startedAt'], (d) => d.pick([null, d.time()])],
  [['updatedAt'], (d) => d.time()],
  [['deletedAt'], (d) => d.pick([null, d.time()])],
  [['attendees'], (d) => [{ personId: null, name: d.text(), email: '' }]],
  (d, r) => {
    const goalId = d.pick(['g1', 'g2']);
    return edited(r, [['goalScores', goalId], { goalId, score: d.int(101), note: d.text() }]);
  },
  itemField('goalScores', 'score', (d) => d.int(101)),
  (d, r) => {
    const scores = r.goalScores as { goalId: string }[];
    return scores.length === 0 ? r : edited(r, [['goalScores'], scores.slice(1)]);
  },
  [
    ['mailLog'],
    (d, r) => [...(r.mailLog as []), { at: d.time(), via: 'copy', to: [], state: 'copied', outboxId: null }],
  ],
];

const PLAIN_EDITS: Record<string, Edit[]> = {
  retro: RETRO,
  goals: [
    addItem('goals', (id, d) => ({ ...goal(id, d.text()), createdAt: d.time() })),
    deleteItem('goals'),
    moveItem('goals'),
    ...['title', 'metric', 'baseline', 'target'].map((f) => itemField('goals', f, (d) => d.text())),
    itemField('goals', 'productionAdoption', bool),
    itemField('goals', 'kind', of('business', 'technical')),
  ],
  milestones: [
    [['mvpTargetDate'], (d) => d.pick([null, d.date()])],
    addItem('milestones', (id, d) => ({
      id,
      date: d.date(),
      kind: 'custom',
      title: d.text(),
      note: '',
      createdAt: d.time(),
    })),
    deleteItem('milestones'),
    moveItem('milestones'),
    itemField('milestones', 'note', (d) => d.text()),
    itemField('milestones', 'date', (d) => d.date()),
  ],
  rituals: [
    itemField('rituals', 'time', (d) => `1${d.int(10)}:${d.pick(['00', '30'])}`),
    itemField('rituals', 'minutes', (d) => 15 + d.int(40)),
    itemField('rituals', 'days', (d) => [d.pick(['mon', 'tue', 'wed'])]),
    addItem('rituals', (id, d) => ({ id, kind: 'demo', name: d.text(), days: ['fri'], time: '16:00', minutes: 30 })),
    moveItem('rituals'),
  ],
  engagement: [
    [['hostTeam'], (d) => d.text()],
    [['name'], (d) => d.text()],
    [['status'], of('planning', 'active', 'wrapping-up', 'done')],
    [['startDate'], (d) => d.date()],
    [['endDate'], (d) => d.date()],
    [['updatedAt'], (d) => d.time()],
    addItem('people', (id, d) => ({ id, name: d.text(), email: `${id}@example.com`, role: 'engineer' })),
    deleteItem('people'),
    itemField('people', 'role', of('engineer', 'advisor', 'tech-lead')),
    itemField('people', 'name', (d) => d.text()),
  ],
  week: [
    ...['mon', 'tue', 'fri'].map((day): Edit => [
      ['days', day],
      (d) => ({ kind: 'pairing', hours: d.int(9), note: d.text(), partnerIds: [], topic: '' }),
    ]),
    ...['mon', 'fri'].map((day): Edit => [['days', day], () => undefined]),
    [['days', 'mon', 'note'], (d) => d.text()],
    [['days', 'fri', 'hours'], (d) => d.int(9)],
  ],
  lifecycle: [
    [['redFlags', 'timeZones'], bool],
    [['redFlags', 'smallTeam'], bool],
    [['checkInAnswers', 'stuck'], (d) => d.text()],
    [['onePager'], note],
    [['kickoffDate'], (d) => d.pick([null, d.date()])],
    addItem('followUps', (id, d) => ({
      id,
      person: d.text(),
      role: '',
      cadence: 'monthly',
      lastContact: null,
      log: [],
    })),
    deleteItem('followUps'),
    itemField('followUps', 'cadence', of('weekly', 'monthly', 'quarterly')),
  ],
  'project-retro': [
    ...['wentWell', 'takeaways'].map((s): Edit => [['notes', s], note]),
    [['date'], (d) => d.pick([null, d.date()])],
    [['updatedAt'], (d) => d.pick([null, d.time()])],
  ],
  nps: [
    [['score'], (d) => d.int(11)],
    [['comment'], (d) => d.text()],
    [['role'], of('engineer', 'product')],
  ],
  'fit-vote': [
    [['teamFit'], of(0, 1, 2)],
    [['reviewer'], (d) => d.text()],
    [['business'], of(0, 1, 2)],
  ],
};

function applyEdit(editOf: Edit, d: Dice, record: RecordJson): RecordJson {
  if (typeof editOf === 'function') return editOf(d, record);
  const [path, value] = editOf;
  // A field inside a missing part (a day deleted before) is not an edit the app can make.
  if (path.length > 1 && readAt(record, path.slice(0, -1)) === undefined) return record;
  return edited(record, [path, value(d, record)]);
}

/**
 * Random edits of a record, as a person makes them in the app: a field set, an item
 * added, edited, deleted or moved. Each edit keeps the record valid on its own (an edit
 * that would not is drawn again), so what a merge breaks, the merge broke.
 *
 * 1 to 4 of them, on `record` (the file at `path`).
 */
export function randomEdits(path: string, record: RecordJson, d: Dice): RecordJson {
  const kind = kindOfPath(path);
  const edits = kind ? (PLAIN_EDITS[kind] ?? []) : [];
  let result = record;
  for (let n = 1 + d.int(4), tries = 0; n > 0 && tries < 50; tries++) {
    const next = applyEdit(d.pick(edits), d, result);
    if (kind && readRecord(kind, next).ok) {
      result = next;
      n--;
    }
  }
  return result;
}
