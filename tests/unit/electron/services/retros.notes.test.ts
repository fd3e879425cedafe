import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../../../shared/model/note';
import { validInput } from '../../support/fixtures';
import { doc, line, richDoc } from '../../support/notes';
import { openServices, testClock } from '../../support/services';
import { recordingDisk } from '../../support/recordingDisk';
import { retroPath } from '../../../../shared/model/records/recordPaths';
import { useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { tempDir, engagementPath, bytesOf, readEngagementFile, storedRetro, withEngagement } = useRetrosWorld();

  describe('saving notes', () => {
    it('persists a rich note exactly: flush, reopen, read back', async () => {
      const { services, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      const rich = richDoc();
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'doNextTime',
        doc: rich,
      });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentWell',
        doc: doc(line('Zoë Ångström 東京 🎉')),
      });
      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(storedRetro(engagement.id, created.id).notes.doNextTime).toEqual(rich);

      const reopened = openServices(tempDir());
      expect(reopened.services.problems).toEqual([]);
      const [back] = (await reopened.call('retros:list', { engagementId: engagement.id })).retros;
      expect(back?.notes).toEqual({
        wentWell: doc(line('Zoë Ångström 東京 🎉')),
        wentPoorly: emptyNote(),
        doNextTime: rich,
        notes: emptyNote(),
      });
    });

    it('answers with the new updatedAt and changes only that section', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      clock.advance(5_000);
      const answer = await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentPoorly',
        doc: doc(line('CI was flaky')),
      });
      expect(answer).toEqual({ updatedAt: '2026-03-05T14:00:05.000Z' });
      const [after] = (await call('retros:list', { engagementId: engagement.id })).retros;
      expect(after).toEqual({
        ...created,
        notes: { ...created.notes, wentPoorly: doc(line('CI was flaky')) },
        updatedAt: '2026-03-05T14:00:05.000Z',
      });
    });

    it("writes only that retro's file, once for many saves", async () => {
      const disk = recordingDisk();
      const { services, call } = openServices(tempDir(), { storageFs: disk.fs });
      const a = await call('engagements:create', validInput({ name: 'A' }));
      const b = await call('engagements:create', validInput({ name: 'B' }));
      const retroA = await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
      await call('retros:create', { engagementId: b.id, date: '2026-03-05' });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const fileB = bytesOf(b.id);
      disk.clear();

      for (let i = 1; i <= 20; i++) {
        await call('retros:saveNote', {
          engagementId: a.id,
          retroId: retroA.id,
          section: 'notes',
          doc: doc(line(`draft ${i}`)),
        });
      }
      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(disk.writes).toEqual([path.join(engagementPath(a.id), ...retroPath(retroA).split('/'))]);
      expect(storedRetro(a.id, retroA.id).notes.notes).toEqual(doc(line('draft 20')));
      expect(bytesOf(b.id)).toEqual(fileB);
    });

    it('is refused for an unknown or deleted retro', async () => {
      const { call, fail, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail(
        'retros:saveNote',
        { engagementId: engagement.id, retroId: 'nope', section: 'notes', doc: emptyNote() },
        'not-found',
      );
      await call('retros:delete', { engagementId: engagement.id, retroId: created.id });
      const error = await fail(
        'retros:saveNote',
        { engagementId: engagement.id, retroId: created.id, section: 'notes', doc: doc(line('late')) },
        'not-found',
      );
      expect(error.message).toBe('That retro was deleted.');
      expect((await call('retros:list', { engagementId: engagement.id })).retros[0]?.notes.notes).toEqual(emptyNote());
    });
  });

  describe('app:readyToClose', () => {
    it('writes everything pending at once and opens the close gate', async () => {
      const { services, call, engagement } = await withEngagement({ writeDelayMs: 3_600_000 });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'notes',
        doc: doc(line('last words')),
      });
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      const waiting = services.closeGate.wait(10_000);

      await call('app:readyToClose', {});

      // Everything was handed to the writer at once (nothing is left in the queue), which
      // writes it asynchronously: the quit waits for it (flushAndWait in main.ts).
      expect(services.queue.size).toBe(0);
      expect(await services.writer.drain(5_000)).toEqual([]);
      expect(storedRetro(engagement.id, created.id).notes.notes).toEqual(doc(line('last words')));
      expect(services.queue.size).toBe(0);
      await expect(waiting).resolves.toBe(true);
    });

    it('with an invalid payload, writes nothing', async () => {
      const { services, call, fail, engagement } = await withEngagement({ writeDelayMs: 3_600_000 });
      await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail('app:readyToClose', { force: true }, 'invalid-payload');
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      expect(services.queue.size).toBe(1);
    });
  });
});
