import { describe, expect, it } from 'vitest';
import { doc, line } from '../../support/notes';
import { openServices, testClock } from '../../support/services';
import { useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { tempDir, storedRetro, withEngagement } = useRetrosWorld();

  describe('soft delete and restore', () => {
    it('stamps deletedAt, keeps the retro (and on disk), and restore clears it', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { services, call, fail, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentWell',
        doc: doc(line('kept')),
      });
      clock.advance(60_000);

      const deleted = await call('retros:delete', { engagementId: engagement.id, retroId: created.id });
      expect(deleted.deletedAt).toBe('2026-03-05T14:01:00.000Z');
      await fail(
        'retros:update',
        { engagementId: engagement.id, retroId: created.id, patch: { mvpStatus: 'x' } },
        'not-found',
      );
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(storedRetro(engagement.id, created.id).deletedAt).toBe('2026-03-05T14:01:00.000Z');

      // Undo works after a restart too.
      const reopened = openServices(tempDir(), { clock });
      const restored = await reopened.call('retros:restore', { engagementId: engagement.id, retroId: created.id });
      expect(restored.deletedAt).toBeNull();
      expect(restored.notes.wentWell).toEqual(doc(line('kept')));
      const updated = await reopened.call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { mvpStatus: 'back' },
      });
      expect(updated.mvpStatus).toBe('back');
    });

    it('is refused for unknown retros', async () => {
      const { fail, engagement } = await withEngagement();
      await fail('retros:delete', { engagementId: engagement.id, retroId: 'nope' }, 'not-found');
      await fail('retros:restore', { engagementId: engagement.id, retroId: 'nope' }, 'not-found');
    });
  });
});
