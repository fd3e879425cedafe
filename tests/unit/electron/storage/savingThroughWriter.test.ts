import fs from 'node:fs';
import path from 'node:path';
import { WriteQueue } from '../../../../electron/services/writeQueue';
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { isTempFileName } from '../../../../electron/storage/tempFiles';
import { validInput } from '../../support/fixtures';
import { engagementFolder, recordFile } from '../../support/engagementFolder';
import { readJson, useTempDir } from '../../support/tempDir';
import { faultyFs } from './faultyFs';
import { openWithWriter } from './writerServices';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until `check` holds (a busy machine runs timers late), or fails after 5 s. */
async function eventually(check: () => boolean): Promise<void> {
  for (const started = Date.now(); !check(); await sleep(10)) {
    if (Date.now() - started > 5000) throw new Error('Timed out waiting');
  }
}

describe('the services saving through the writer, over a real folder', () => {
  const tempDir = useTempDir();
  const engagementFile = (id: string) => recordFile(tempDir(), id, 'engagement.json');
  const nameOnDisk = (id: string) => (readJson(engagementFile(id)) as { name: string }).name;

  it('writes canonical JSON: sorted keys, 2-space indent, a newline at the end', async () => {
    const { services, call } = openWithWriter(tempDir());
    const created = await call('engagements:create', validInput({ name: 'Checkout MVP' }));
    expect(await services.flushAndWait(3000)).toEqual([]);
    const text = fs.readFileSync(engagementFile(created.id), 'utf8');
    expect(text).toBe(canonicalJson(JSON.parse(text)));
  });

  it('saves the whole engagement on a nearly full disk that takes 512 bytes per write', async () => {
    const disk = faultyFs();
    disk.shortWrites = 512;
    const { services, call } = openWithWriter(tempDir(), { fs: disk });
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: `p-${i}`,
      name: `Person ${i} ${'x'.repeat(60)}`,
      email: `p${i}@example.com`,
      role: 'engineer' as const,
    }));
    const created = await call('engagements:create', validInput({ name: 'Large team', people }));
    expect(await services.flushAndWait(3000)).toEqual([]);
    expect(fs.statSync(engagementFile(created.id)).size).toBeGreaterThan(5 * 512);
    expect(readJson(engagementFile(created.id))).toMatchObject({ name: 'Large team', people });
  });

  it('on a full disk keeps the previous file whole, tells the user which engagement, and saves once space returns', async () => {
    const disk = faultyFs();
    const { services, call, storageErrors } = openWithWriter(tempDir(), { fs: disk, retryMs: 30 });
    const created = await call('engagements:create', validInput({ name: 'Checkout MVP' }));
    await services.flushAndWait(3000);

    disk.fail = { op: 'write', code: 'ENOSPC' };
    await call('engagements:update', { id: created.id, input: validInput({ name: 'Checkout MVP v2' }) });
    services.flush();
    await eventually(() => storageErrors.length >= 2);
    expect(nameOnDisk(created.id)).toBe('Checkout MVP');
    expect(storageErrors.find((e) => e.what.startsWith('The details'))).toEqual({
      what: 'The details and people in “Checkout MVP v2”',
      message: expect.stringContaining('ENOSPC') as string,
      attempt: 1,
    });
    // The app still serves the change while it cannot be saved.
    expect((await call('engagements:get', { id: created.id })).name).toBe('Checkout MVP v2');

    disk.fail = null;
    await eventually(() => nameOnDisk(created.id) === 'Checkout MVP v2');
    expect(await services.flushAndWait(3000)).toEqual([]);
    // Every failed attempt removed its temp file.
    expect(fs.readdirSync(path.dirname(engagementFile(created.id))).filter(isTempFileName)).toEqual([]);
  });

  it('at quit waits at most the bound for an unwritable folder, then names what could not be saved', async () => {
    const disk = faultyFs();
    const { services, call } = openWithWriter(tempDir(), { fs: disk, retryMs: 60_000 });
    disk.fail = { op: 'open', code: 'EROFS' };
    await call('engagements:create', validInput({ name: 'Checkout MVP' }));
    const started = performance.now();
    const unsaved = await services.flushAndWait(300);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(unsaved.sort()).toEqual(['engagement “Checkout MVP”', 'the list of engagements']);
  });

  it('a delete right after an edit puts the latest version in the trash, and the file stays deleted', async () => {
    const { services, call } = openWithWriter(tempDir());
    const created = await call('engagements:create', validInput({ name: 'First' }));
    await services.flushAndWait(3000);
    await call('engagements:update', { id: created.id, input: validInput({ name: 'Renamed just before delete' }) });
    await call('engagements:delete', { id: created.id });
    await services.flushAndWait(3000);
    expect(fs.existsSync(engagementFolder(tempDir(), created.id))).toBe(false);
    const trashed = readJson(path.join(tempDir(), 'trash', created.id, 'engagement.json')) as { name: string };
    expect(trashed.name).toBe('Renamed just before delete');
  });

  it('refuses a delete while the latest changes cannot be saved, so the trash never holds an older version', async () => {
    const disk = faultyFs();
    const { services, call, failure } = openWithWriter(tempDir(), { fs: disk, retryMs: 60_000 });
    const created = await call('engagements:create', validInput({ name: 'First' }));
    await services.flushAndWait(3000);
    disk.fail = { op: 'write', code: 'ENOSPC' };
    await call('engagements:update', { id: created.id, input: validInput({ name: 'Unsaved name' }) });
    const refused = await failure('engagements:delete', { id: created.id });
    expect(refused.code).toBe('storage');
    expect(refused.message).toContain('not deleted');
    expect((await call('engagements:get', { id: created.id })).name).toBe('Unsaved name');
    expect(nameOnDisk(created.id)).toBe('First');
  });

  it('under continuous changes, each is handed to the writer within 0.4 s of being acknowledged (on the clock the queue runs on)', () => {
    // Pinned time, not the machine's: a change every 40 ms for 1.5 s through the queue as
    // mainServices makes it (200 ms of quiet, at most 400 ms). With the renderer's autosave
    // (at most 0.5 s after the keystroke) that is under 1 s from the keystroke to the writer;
    // the kill drill (killDrill.test.ts) checks what then reaches the disk. The old delays
    // (300 ms of quiet, at most 1200 ms) hand a change over after up to 1.2 s and fail.
    vi.useFakeTimers();
    try {
      const queue = new WriteQueue(200, () => undefined, 400);
      let latest = 0;
      const handed: { at: number; upTo: number }[] = [];
      const acked: { at: number; n: number }[] = [];
      for (let n = 1; n * 40 <= 1500; n++) {
        latest = n;
        queue.schedule('engagement:e1', () => handed.push({ at: Date.now(), upTo: latest }));
        acked.push({ at: Date.now(), n });
        vi.advanceTimersByTime(40);
      }
      vi.advanceTimersByTime(1000);
      const worst = Math.max(
        ...acked.map(({ at, n }) => (handed.find((h) => h.upTo >= n)?.at ?? Number.POSITIVE_INFINITY) - at),
      );
      expect(worst).toBeLessThanOrEqual(400);
    } finally {
      vi.useRealTimers();
    }
  });
});
