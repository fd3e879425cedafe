import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { doc, taskItem, taskList } from '../../support/notes';
import { errorOf, openServices, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

describe('actions:list, the action items of every engagement', () => {
  const tempDir = useTempDir();

  it('lists each item with its engagement, retro, owner and carry count, and shows it done once ticked off', async () => {
    const { call } = openServices(tempDir(), { clock: testClock('2026-03-20T09:00:00.000Z') });
    const a = await call('engagements:create', validInput({ name: 'Payments' }));
    const b = await call('engagements:create', validInput({ name: 'Search' }));
    const owner = a.people[0]?.id ?? null;
    const first = await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
    await call('retros:create', { engagementId: a.id, date: '2026-03-12' });
    await call('retros:saveNote', {
      engagementId: a.id,
      retroId: first.id,
      section: 'doNextTime',
      doc: doc(taskList(taskItem({ id: 'i1', owner, due: '2026-03-10' }, 'Fix the flaky test'))),
    });
    const other = await call('retros:create', { engagementId: b.id, date: '2026-03-19' });
    await call('retros:saveNote', {
      engagementId: b.id,
      retroId: other.id,
      section: 'notes',
      doc: doc(taskList(taskItem({ id: 'i2' }, 'Write the runbook'))),
    });

    const rows = await call('actions:list', { today: '2026-03-20' });
    // In the order of the engagement list (newest first).
    expect(rows.map((r) => [r.engagementName, r.text, r.ownerName, r.due, r.carried, r.checked])).toEqual([
      ['Search', 'Write the runbook', null, null, 0, false],
      ['Payments', 'Fix the flaky test', a.people[0]?.name, '2026-03-10', 1, false],
    ]);

    await call('retros:setActionItemDone', { engagementId: a.id, retroId: first.id, itemId: 'i1', done: true });
    const after = await call('actions:list', { today: '2026-03-20' });
    expect(after.find((r) => r.itemId === 'i1')).toMatchObject({ checked: true, closedOn: '2026-03-20' });
  });

  it('refuses a day that is not a date', async () => {
    const { services } = openServices(tempDir());
    expect(errorOf(await services.dispatch('actions:list', { today: 'tomorrow' }))).toMatchObject({
      code: 'invalid-payload',
    });
  });
});
