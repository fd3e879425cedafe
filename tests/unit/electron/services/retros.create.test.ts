import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../../../shared/model/note';
import { person, validInput } from '../../support/fixtures';
import { testClock } from '../../support/services';
import { useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { bytesOf, readEngagementFile, withEngagement } = useRetrosWorld();

  describe('creating a retro', () => {
    it('refuses a retro outside the engagement’s dates, and writes nothing', async () => {
      const { call, fail, services, engagement } = await withEngagement();
      const before = bytesOf(engagement.id);
      for (const date of ['2026-03-01', '2026-05-12']) {
        const error = await fail('retros:create', { engagementId: engagement.id, date }, 'invalid-payload');
        expect(error.message).toBe('A retro must fall within the engagement: 2 Mar 2026 to 11 May 2026.');
      }
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(bytesOf(engagement.id)).toEqual(before);
      // Its first and last days are fine.
      await call('retros:create', { engagementId: engagement.id, date: '2026-03-02' });
      const last = await call('retros:create', { engagementId: engagement.id, date: '2026-05-11' });
      // Nor can a retro be moved outside.
      const moved = await fail(
        'retros:update',
        { engagementId: engagement.id, retroId: last.id, patch: { date: '2026-05-18' } },
        'invalid-payload',
      );
      expect(moved.message).toBe('A retro must fall within the engagement: 2 Mar 2026 to 11 May 2026.');
    });

    it("pre-fills the attendees from the engagement's people and starts with empty notes", async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });

      expect(created).toEqual({
        id: expect.any(String) as string,
        date: '2026-03-05',
        attendees: [
          { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
          { personId: 'p-2', name: 'Grace Hopper', email: 'grace@example.com' },
        ],
        goalScores: [],
        notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
        mvpStatus: '',
        startedAt: null,
        createdAt: '2026-03-05T14:00:00.000Z',
        updatedAt: '2026-03-05T14:00:00.000Z',
        deletedAt: null,
        mailLog: [],
      });
      expect((await call('retros:list', { engagementId: engagement.id })).retros).toEqual([created]);
    });

    it('takes the people as they are now, including one without an email', async () => {
      const { call, engagement } = await withEngagement();
      await call('engagements:update', {
        id: engagement.id,
        input: validInput({ people: [person({ id: 'p-9', name: 'Alan Turing', email: '' })] }),
      });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      expect(created.attendees).toEqual([{ personId: 'p-9', name: 'Alan Turing', email: '' }]);
    });

    it('writes it to the engagement file on flush', async () => {
      const { services, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([created]);
    });

    it('is refused for an unknown engagement', async () => {
      const { fail } = await withEngagement();
      await fail('retros:create', { engagementId: 'nope', date: '2026-03-05' }, 'not-found');
    });
  });

  describe('updating a retro', () => {
    it('changes the patched fields only and stamps updatedAt', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      clock.advance(60_000);

      const updated = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: {
          date: '2026-03-06',
          attendees: [{ personId: null, name: '  Guest  ', email: '' }],
          goalScores: [{ goalId: 'g-1', score: 45, note: 'better' }],
          mvpStatus: '  Two weeks out  ',
          startedAt: '2026-03-06T15:00:00.000Z',
        },
      });
      expect(updated).toEqual({
        ...created,
        date: '2026-03-06',
        attendees: [{ personId: null, name: 'Guest', email: '' }],
        goalScores: [{ goalId: 'g-1', score: 45, note: 'better' }],
        mvpStatus: 'Two weeks out',
        startedAt: '2026-03-06T15:00:00.000Z',
        updatedAt: '2026-03-05T14:01:00.000Z',
      });

      clock.advance(60_000);
      const partial = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { startedAt: null },
      });
      expect(partial).toEqual({ ...updated, startedAt: null, updatedAt: '2026-03-05T14:02:00.000Z' });
    });

    it('accepts scores of 0 and 100', async () => {
      const { call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      const updated = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: {
          goalScores: [
            { goalId: 'g-1', score: 0, note: '' },
            { goalId: 'g-2', score: 100, note: '' },
          ],
        },
      });
      expect(updated.goalScores.map((s) => s.score)).toEqual([0, 100]);
    });

    it('is refused for an unknown retro or engagement', async () => {
      const { fail, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail('retros:update', { engagementId: engagement.id, retroId: 'nope', patch: {} }, 'not-found');
      await fail('retros:update', { engagementId: 'nope', retroId: created.id, patch: {} }, 'not-found');
    });
  });
});
