import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import { carriedOverItems } from '../../../../shared/retro/rules';
import { doc, line, taskItem, taskList } from '../../support/notes';
import { testClock } from '../../support/services';
import { useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { storedRetro, withEngagement } = useRetrosWorld();

  describe('action items across retros', () => {
    const withTasks = doc(
      line('Next week:'),
      taskList(
        taskItem({ id: 'runbook', owner: 'Ada', due: '2026-03-12' }, 'Write the runbook'),
        taskItem({ id: 'pairing', owner: null, due: null }, 'Pair on the pipeline'),
      ),
    );

    async function twoWeeks() {
      const clock = testClock('2026-03-05T15:00:00.000Z');
      const harness = await withEngagement({ clock });
      const { call, engagement } = harness;
      const first = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: first.id,
        section: 'doNextTime',
        doc: withTasks,
      });
      clock.set('2026-03-12T15:00:00.000Z');
      const second = await call('retros:create', { engagementId: engagement.id, date: '2026-03-12' });
      const carried = async () => {
        const section = await call('retros:list', { engagementId: engagement.id });
        return carriedOverItems(section.retros, second).map((item) => item.id);
      };
      return { ...harness, first, second, carried };
    }

    it('marks the item done in the retro it was written in, on the day it was closed, and it stops carrying over', async () => {
      const { services, call, engagement, first, carried } = await twoWeeks();
      expect(await carried()).toEqual(['runbook', 'pairing']);

      const origin = await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: true,
      });

      expect(origin.id).toBe(first.id);
      expect(origin.notes.doNextTime).toEqual(
        doc(
          line('Next week:'),
          taskList(
            // Closed on the user's local date at 2026-03-12T15:00Z (the 13th east of UTC+9): see localDates.test.ts.
            taskItem(
              {
                id: 'runbook',
                owner: 'Ada',
                due: '2026-03-12',
                checked: true,
                closedOn: localDateOf(new Date('2026-03-12T15:00:00.000Z')),
              },
              'Write the runbook',
            ),
            taskItem({ id: 'pairing', owner: null, due: null }, 'Pair on the pipeline'),
          ),
        ),
      );
      expect(await carried()).toEqual(['pairing']);

      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(storedRetro(engagement.id, first.id).notes.doNextTime).toEqual(origin.notes.doNextTime);
    });

    it('can open the item again', async () => {
      const { call, engagement, first, carried } = await twoWeeks();
      await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: true,
      });
      await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: false,
      });
      expect(await carried()).toEqual(['runbook', 'pairing']);
    });

    it('is refused for an item not in that retro, an unknown retro, or a deleted one, and changes nothing', async () => {
      const { call, fail, engagement, first, second } = await twoWeeks();
      const before = await call('retros:list', { engagementId: engagement.id });
      const missing = await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: first.id, itemId: 'nope', done: true },
        'not-found',
      );
      expect(missing.message).toBe('That action item no longer exists in its retro.');
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: second.id, itemId: 'runbook', done: true },
        'not-found',
      );
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: 'nope', itemId: 'runbook', done: true },
        'not-found',
      );
      expect(await call('retros:list', { engagementId: engagement.id })).toEqual(before);

      await call('retros:delete', { engagementId: engagement.id, retroId: first.id });
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: first.id, itemId: 'runbook', done: true },
        'not-found',
      );
    });

    it("drops a deleted retro's items from what carries over, and brings them back on restore", async () => {
      const { call, engagement, first, carried } = await twoWeeks();
      await call('retros:delete', { engagementId: engagement.id, retroId: first.id });
      expect(await carried()).toEqual([]);
      await call('retros:restore', { engagementId: engagement.id, retroId: first.id });
      expect(await carried()).toEqual(['runbook', 'pairing']);
    });
  });
});
