import { describe, expect, it } from 'vitest';
import { testClock } from '../../support/services';
import { goalInput, useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { readEngagementFile, withEngagement } = useRetrosWorld();

  describe('goals', () => {
    it('saves a new goal with an id and creation time, then updates it in place', async () => {
      const clock = testClock('2026-03-02T09:00:00.000Z');
      const { services, call, engagement } = await withEngagement({ clock });
      const saved = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: '  Adopted in prod  ', productionAdoption: true }),
      });
      expect(saved).toEqual({
        ...goalInput({ title: 'Adopted in prod', productionAdoption: true }),
        id: expect.any(String) as string,
        createdAt: '2026-03-02T09:00:00.000Z',
      });

      clock.advance(60_000);
      const updated = await call('goals:save', {
        engagementId: engagement.id,
        goalId: saved.id,
        input: goalInput({ title: 'Renamed', kind: 'business' }),
      });
      expect(updated).toEqual({
        ...goalInput({ title: 'Renamed', kind: 'business' }),
        id: saved.id,
        createdAt: '2026-03-02T09:00:00.000Z',
      });

      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(readEngagementFile(engagement.id).retro.goals).toEqual([updated]);
    });

    it('restores a deleted goal at the same index, once', async () => {
      const { services, call, engagement } = await withEngagement();
      const saveGoal = (title: string) =>
        call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput({ title }) });
      const first = await saveGoal('First');
      const middle = await saveGoal('Middle');
      const last = await saveGoal('Last');

      const removed = await call('goals:delete', { engagementId: engagement.id, goalId: middle.id });
      expect(removed).toEqual({ goal: middle, index: 1 });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([first, last]);

      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: removed.index });
      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: removed.index });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([first, middle, last]);

      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(readEngagementFile(engagement.id).retro.goals).toEqual([first, middle, last]);
    });

    it('restores at the end when the index is past it', async () => {
      const { call, engagement } = await withEngagement();
      const only = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: 'Only' }),
      });
      const removed = await call('goals:delete', { engagementId: engagement.id, goalId: only.id });
      const other = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: 'Other' }),
      });
      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: 7 });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([other, only]);
    });

    it("keeps a deleted goal's scores in the retros", async () => {
      const { call, engagement } = await withEngagement();
      const goal = await call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput() });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { goalScores: [{ goalId: goal.id, score: 30, note: '' }] },
      });
      await call('goals:delete', { engagementId: engagement.id, goalId: goal.id });
      expect((await call('retros:list', { engagementId: engagement.id })).retros[0]?.goalScores).toEqual([
        { goalId: goal.id, score: 30, note: '' },
      ]);
    });

    it('is refused for unknown goals', async () => {
      const { fail, engagement } = await withEngagement();
      await fail('goals:save', { engagementId: engagement.id, goalId: 'nope', input: goalInput() }, 'not-found');
      await fail('goals:delete', { engagementId: engagement.id, goalId: 'nope' }, 'not-found');
    });
  });
});
