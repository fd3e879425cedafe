import { describe, expect, it } from 'vitest';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { emptyNote } from '../../../../shared/model/note';
import { emptyPlannerSection } from '../../../../shared/model/planner';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { homeItems, type HomeEngagement } from '../../../../shared/thisWeek/homeItems';
import { person, validInput } from '../../support/fixtures';
import { doc, retro, taskItem, taskList } from '../../support/notes';

const withItems = (id: string, date: string, items: Parameters<typeof taskItem>[0][]) =>
  retro({
    id,
    date,
    notes: {
      wentWell: emptyNote(),
      wentPoorly: emptyNote(),
      notes: emptyNote(),
      doNextTime: doc(taskList(...items.map((attrs) => taskItem(attrs, `Do ${attrs.id}`)))),
    },
  });

const world: HomeEngagement = {
  engagement: {
    ...validInput({
      startDate: '2026-01-05',
      endDate: '2026-04-10',
      status: 'active',
      people: [person({ id: 'p-kenji', name: 'Kenji Sato' })],
    }),
    id: 'e1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
  retro: {
    goals: [],
    retros: [
      withItems('old', '2026-02-12', [
        { id: 'undated-old', owner: 'p-kenji' },
        { id: 'dated-old', due: '2026-05-01' },
      ]),
      withItems('done', '2026-02-05', [{ id: 'closed', checked: true, closedOn: '2026-02-20' }]),
      withItems('recent', '2026-02-26', [{ id: 'undated-recent' }]),
    ],
  },
  planner: emptyPlannerSection(),
  lifecycle: emptyLifecycleSection(),
};

describe('This week lists open action items without a due date older than two weeks (issue 17)', () => {
  const forgotten = (today: string) =>
    homeItems([world], DEFAULT_SETTINGS, today)
      .filter((item) => item.key.startsWith('forgotten:'))
      .map((item) => [item.title, item.detail, item.link]);

  it('names the item, its retro and its owner, and links to the retro', () => {
    expect(forgotten('2026-03-04')).toEqual([
      [
        'Do undated-old',
        'No due date, open since the retro of 12 Feb 2026 · Kenji Sato. Give it a date, or close it.',
        { to: 'retro', retroId: 'old' },
      ],
    ]);
  });

  it('leaves out items with a due date, done ones and those from the last two weeks', () => {
    expect(forgotten('2026-02-26')).toEqual([]);
    expect(forgotten('2026-03-13').map(([title]) => title)).toEqual(['Do undated-old', 'Do undated-recent']);
  });
});
