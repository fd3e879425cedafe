import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngagementFileSchema } from '../../../../shared/model/files';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { listFiles, readJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, engagementPath } = useEngagementsWorld();

  describe('delete and restore', () => {
    it('moves the file to trash/ and restore brings it back', async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const bytes = fs.readFileSync(engagementPath(a.id), 'utf8');

      expect(await call('engagements:delete', { id: a.id })).toEqual({ id: a.id });
      expect(fs.existsSync(engagementPath(a.id))).toBe(false);
      expect(fs.readFileSync(path.join(tempDir(), 'trash', `${a.id}.json`), 'utf8')).toBe(bytes);
      expect(await call('engagements:list', {})).toEqual([]);
      await fail('engagements:get', { id: a.id }, 'not-found');

      expect(await call('engagements:restore', { id: a.id })).toEqual(a);
      expect(fs.readFileSync(engagementPath(a.id), 'utf8')).toBe(bytes);
      expect(fs.existsSync(path.join(tempDir(), 'trash', `${a.id}.json`))).toBe(false);
      expect((await call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
    });

    it('saves pending edits before moving the file, even one never flushed', async () => {
      const { call } = openServices(tempDir());
      const a = await call('engagements:create', validInput({ name: 'Unsaved' }));
      await call('engagements:delete', { id: a.id });
      const trashed = EngagementFileSchema.parse(readJson(path.join(tempDir(), 'trash', `${a.id}.json`)));
      expect(trashed.engagement.name).toBe('Unsaved');
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

    it("reports 'storage' when the trashed file has become unreadable, and quarantines it", async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      await call('engagements:delete', { id: a.id });
      fs.writeFileSync(path.join(tempDir(), 'trash', `${a.id}.json`), '{ truncated');

      const error = await fail('engagements:restore', { id: a.id }, 'storage');
      expect(error.message).toMatch(/quarantine\//);
      expect(await call('engagements:list', {})).toEqual([]);
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(listFiles(path.join(tempDir(), 'quarantine'))).toHaveLength(1);
    });
  });
});
