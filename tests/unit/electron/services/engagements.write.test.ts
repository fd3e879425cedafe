import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { RECORD_FILE_VERSION } from '../../../../shared/model/records/recordSchemas';
import { recordingDisk } from '../../support/recordingDisk';
import { listFiles, readJson } from '../../support/tempDir';
import { validInput } from '../../support/fixtures';
import { countingFactory, openServices, testClock } from '../../support/services';
import { useEngagementsWorld } from './engagementsWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, folderPath, recordPath, indexPath, readEngagementFile, readIndex, stableStat } =
    useEngagementsWorld();

  describe('create and flush', () => {
    it('writes engagements/<id>/ (a file per record, format 10) and the index, on flush and not before', async () => {
      const { services, call } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      expect(fs.existsSync(folderPath(created.id))).toBe(false);

      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(listFiles(folderPath(created.id))).toEqual([
        'engagement.json',
        'goals.json',
        'lifecycle.json',
        'milestones.json',
        'project-retro.json',
        'rituals.json',
      ]);
      expect(readJson(recordPath(created.id))).toMatchObject({
        schemaVersion: RECORD_FILE_VERSION,
        kind: 'engagement',
      });
      const file = readEngagementFile(created.id);
      expect(file.engagement).toEqual(created);
      expect(file.planner).toEqual({ weeks: {}, rituals: [] });
      const index = readIndex();
      expect(index.schemaVersion).toBe(1);
      // The list adds whether each can be changed here; the index keeps the summaries alone.
      expect(await call('engagements:list', {})).toEqual(index.engagements.map((s) => ({ ...s, readOnly: false })));
      expect(index.engagements.map((s) => s.id)).toEqual([created.id]);
    });

    it('stamps createdAt and updatedAt from the clock', async () => {
      const clock = testClock('2026-03-02T09:00:00.000Z');
      const { call } = openServices(tempDir(), { clock });
      const created = await call('engagements:create', validInput());
      expect(created.createdAt).toBe('2026-03-02T09:00:00.000Z');
      clock.advance(60_000);
      const updated = await call('engagements:update', { id: created.id, input: validInput({ name: 'Renamed' }) });
      expect(updated.createdAt).toBe('2026-03-02T09:00:00.000Z');
      expect(updated.updatedAt).toBe('2026-03-02T09:01:00.000Z');
    });

    it('hands out copies: changing a returned engagement changes nothing stored', async () => {
      const { call } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      const fetched = await call('engagements:get', { id: created.id });
      fetched.name = 'Mutated';
      fetched.people.pop();
      expect(await call('engagements:get', { id: created.id })).toEqual(created);
    });

    it('writes after the quiet period without an explicit flush', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const disk = recordingDisk();
        const { call } = openServices(tempDir(), { writeDelayMs: 300, storageFs: disk.fs });
        const created = await call('engagements:create', validInput());
        vi.advanceTimersByTime(299);
        await vi.waitFor(() => Promise.resolve());
        expect(disk.writes).toEqual([]);
        vi.advanceTimersByTime(1);
        // The writer is asynchronous: the files land once its promises run, without any timer.
        await vi.waitFor(() => expect(disk.writesUnder(folderPath(created.id))).toContain('engagement.json'));
        expect(readEngagementFile(created.id).engagement.name).toBe('Payments platform');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('a folder per engagement, a file per record', () => {
    it("saving engagement A's details writes A's engagement.json alone, not B's folder nor A's other records", async () => {
      const counting = countingFactory();
      const disk = recordingDisk();
      const { services, call } = openServices(tempDir(), { factory: counting.factory, storageFs: disk.fs });
      const a = await call('engagements:create', validInput({ name: 'A' }));
      const b = await call('engagements:create', validInput({ name: 'B' }));
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const before = stableStat(recordPath(b.id));
      disk.clear();
      const indexWrites = counting.writesTo(indexPath());

      await call('engagements:update', { id: a.id, input: validInput({ name: 'A, renamed' }) });
      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(disk.writes).toEqual([recordPath(a.id)]);
      expect(counting.writesTo(indexPath())).toBe(indexWrites + 1);
      expect(stableStat(recordPath(b.id))).toEqual(before);
      expect(readEngagementFile(a.id).engagement.name).toBe('A, renamed');
    });

    it('coalesces many updates into exactly one write of that record', async () => {
      const counting = countingFactory();
      const disk = recordingDisk();
      const { services, call } = openServices(tempDir(), { factory: counting.factory, storageFs: disk.fs });
      const a = await call('engagements:create', validInput());
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(disk.writesUnder(folderPath(a.id))).toHaveLength(6);

      disk.clear();
      for (let i = 1; i <= 25; i++) {
        await call('engagements:update', { id: a.id, input: validInput({ name: `Draft ${i}` }) });
      }
      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(disk.writes).toEqual([recordPath(a.id)]);
      expect(counting.writesTo(indexPath())).toBe(2);
      expect(readEngagementFile(a.id).engagement.name).toBe('Draft 25');
      expect(readIndex().engagements[0]?.name).toBe('Draft 25');
    });

    it('writes a new engagement and its later edits once when they come in one burst', async () => {
      const counting = countingFactory();
      const disk = recordingDisk();
      const { services, call } = openServices(tempDir(), { factory: counting.factory, storageFs: disk.fs });
      const a = await call('engagements:create', validInput());
      for (let i = 0; i < 5; i++) await call('engagements:update', { id: a.id, input: validInput({ name: `v${i}` }) });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      expect(disk.writesUnder(folderPath(a.id)).filter((rel) => rel === 'engagement.json')).toHaveLength(1);
      expect(counting.writesTo(indexPath())).toBe(1);
    });
  });

  describe('flush on quit', () => {
    it('keeps the latest data when the app flushes before quitting', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Before' }));
      await first.settle();
      await first.call('engagements:update', { id: a.id, input: validInput({ name: 'After', status: 'active' }) });
      // Still pending: the file on disk is the earlier version.
      expect(readEngagementFile(a.id).engagement.name).toBe('Before');

      await first.settle(); // what main.ts does on before-quit

      const second = openServices(tempDir());
      const reopened = await second.call('engagements:get', { id: a.id });
      expect(reopened.name).toBe('After');
      expect(reopened.status).toBe('active');
      expect((await second.call('engagements:list', {}))[0]?.name).toBe('After');
    });
  });
});
