import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { retroPath } from '../../../../shared/model/records/recordPaths';
import { folderBytes } from '../../support/engagementFolder';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { listFiles, readJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';
import { goalInput } from './retrosWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, folderPath, recordPath } = useEngagementsWorld();
  const trashed = (id: string) => path.join(tempDir(), 'trash', id);

  describe('delete and restore', () => {
    it('moves the folder to trash/ and restore brings it back, byte for byte', async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const bytes = folderBytes(tempDir(), a.id);

      expect(await call('engagements:delete', { id: a.id })).toEqual({ id: a.id });
      expect(fs.existsSync(folderPath(a.id))).toBe(false);
      expect(listFiles(trashed(a.id))).toEqual(Object.keys(bytes));
      expect(await call('engagements:list', {})).toEqual([]);
      await fail('engagements:get', { id: a.id }, 'not-found');

      expect(await call('engagements:restore', { id: a.id })).toEqual(a);
      expect(folderBytes(tempDir(), a.id)).toEqual(bytes);
      expect(fs.existsSync(trashed(a.id))).toBe(false);
      expect((await call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
      // Restored records are this writer's again: an edit saves over them, without a conflict copy.
      await call('engagements:update', { id: a.id, input: validInput({ name: 'Edited after restore' }) });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(readJson(recordPath(a.id))).toMatchObject({ name: 'Edited after restore' });
      expect(listFiles(folderPath(a.id)).filter((f) => f.includes('.conflict-'))).toEqual([]);
    });

    it('saves pending edits before moving the file, even one never flushed', async () => {
      const { call } = openServices(tempDir());
      const a = await call('engagements:create', validInput({ name: 'Unsaved' }));
      await call('engagements:delete', { id: a.id });
      expect(readJson(path.join(trashed(a.id), 'engagement.json'))).toMatchObject({ name: 'Unsaved' });
      expect((await call('engagements:restore', { id: a.id })).name).toBe('Unsaved');
    });

    it('survives reopening: deleted stays deleted, and can still be restored', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'A' }));
      const b = await first.call('engagements:create', validInput({ name: 'B' }));
      await first.call('engagements:delete', { id: a.id });
      await first.settle();

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([b.id]);
      expect(await second.call('engagements:restore', { id: a.id })).toEqual(a);
      await second.settle();

      const third = openServices(tempDir());
      expect((await third.call('engagements:list', {})).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
      expect(await third.call('engagements:get', { id: a.id })).toEqual(a);
    });

    it('restoring an engagement that is not deleted returns it unchanged', async () => {
      const { call } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      expect(await call('engagements:restore', { id: a.id })).toEqual(a);
      expect(await call('engagements:list', {})).toHaveLength(1);
    });

    it("reports 'storage' when the trashed engagement.json has become unreadable, and leaves it in the trash as it was", async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      await call('engagements:delete', { id: a.id });
      fs.writeFileSync(path.join(trashed(a.id), 'engagement.json'), '{ truncated');

      const error = await fail('engagements:restore', { id: a.id }, 'storage');
      expect(error.message).toMatch(/could not be opened/);
      expect(await call('engagements:list', {})).toEqual([]);
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(fs.existsSync(folderPath(a.id))).toBe(false);
      expect(fs.readFileSync(path.join(trashed(a.id), 'engagement.json'), 'utf8')).toBe('{ truncated');
    });

    it('restores an engagement whose trashed retro broke: that record alone is quarantined, the rest comes back', async () => {
      const { services, call } = openServices(tempDir());
      const a = await call('engagements:create', validInput({ name: 'Payments MVP' }));
      const retro = await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
      await call('goals:save', { engagementId: a.id, goalId: null, input: goalInput() });
      await call('engagements:delete', { id: a.id });
      fs.writeFileSync(path.join(trashed(a.id), ...retroPath(retro).split('/')), '{ truncated');

      expect((await call('engagements:restore', { id: a.id })).name).toBe('Payments MVP');
      expect((await call('retros:list', { engagementId: a.id })).retros).toEqual([]);
      expect((await call('retros:list', { engagementId: a.id })).goals.map((g) => g.title)).toEqual([
        goalInput().title,
      ]);
      const problem = services.problems.find((p) => p.record === retroPath(retro));
      expect(problem?.message).toMatch(/^The retro of 5 Mar 2026 in “Payments MVP” could not be read/);
      expect(listFiles(path.join(tempDir(), 'quarantine'))).toHaveLength(1);
    });
  });
});
