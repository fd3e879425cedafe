import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { isTempFileName } from '../../../../electron/storage/tempFiles';
import { useTempDir } from '../../support/tempDir';
import { faultyFs, type FaultyFs } from './faultyFs';

const bytes = (text: string) => Buffer.from(text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until `check` holds (a busy machine runs timers late), or fails after 5 s. */
async function eventually(check: () => boolean): Promise<void> {
  for (const started = Date.now(); !check(); await sleep(5)) {
    if (Date.now() - started > 5000) throw new Error('Timed out waiting');
  }
}

describe('FileWriter, over a real folder', () => {
  const tempDir = useTempDir();
  const errors: { file: string; code: unknown; attempt: number }[] = [];
  const recovered: string[] = [];
  const writerOver = (disk: FaultyFs, retryMs = 20) => {
    errors.length = 0;
    recovered.length = 0;
    return new FileWriter({
      fs: disk,
      retryDelayMs: () => retryMs,
      onError: (file, error, attempt) => errors.push({ file, code: (error as { code?: unknown }).code, attempt }),
      onRecovered: (file) => recovered.push(file),
    });
  };
  const renames = (disk: FaultyFs) => disk.calls.filter((c) => c.op === 'rename').length;

  it('has one write in flight per file, and writes only the newest of those that queued behind it', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    const all = ['1', '2', '3', '4'].map((n) => writer.write(file, bytes(n)));
    await Promise.all(all);
    expect(fs.readFileSync(file, 'utf8')).toBe('4');
    // '1' was in flight; '2' and '3' were replaced by '4' before they started.
    expect(renames(disk)).toBe(2);
  });

  it('keeps two files independent: one failing does not hold up the other', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk, 60_000);
    const bad = path.join(tempDir(), 'missing-folder', 'bad.json');
    const good = path.join(tempDir(), 'good.json');
    await expect(writer.write(bad, bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    await writer.write(good, bytes('ok'));
    expect(fs.readFileSync(good, 'utf8')).toBe('ok');
    expect([...writer.failing.keys()]).toEqual([bad]);
  });

  it('skips a write whose bytes equal what it last wrote or read', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    await writer.write(file, bytes('same'));
    await writer.write(file, bytes('same'));
    writer.remember(path.join(tempDir(), 'b.json'), bytes('read'));
    await writer.write(path.join(tempDir(), 'b.json'), bytes('read'));
    expect(renames(disk)).toBe(1);
  });

  it('reports a failed write, keeps it and retries on a timer until the disk recovers', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    fs.writeFileSync(file, 'old');
    disk.fail = { op: 'write', code: 'ENOSPC' };
    await expect(writer.write(file, bytes('new'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await eventually(() => errors.length >= 2);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(errors.map((e) => e.attempt)).toEqual(errors.map((_, i) => i + 1));
    expect(writer.unsaved()).toEqual([file]);

    disk.fail = null;
    // Recovered once the folder is fsynced too, just after the rename shows the new bytes.
    await eventually(() => recovered.length > 0);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(recovered).toEqual([file]);
    expect(writer.unsaved()).toEqual([]);
    expect(fs.readdirSync(tempDir()).filter(isTempFileName)).toEqual([]);
  });

  it('never busy-loops on an unwritable folder: attempts follow the backoff', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk, 100);
    const file = path.join(tempDir(), 'a.json');
    disk.fail = { op: 'open', code: 'EROFS' };
    void writer.write(file, bytes('x'));
    // Measure how long the event loop is held while the failing writes go on.
    let worstGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 5);
    await sleep(350);
    clearInterval(ticker);
    // One attempt at once, then one every 100 ms: 4, give or take one for timer jitter.
    expect(disk.calls.filter((c) => c.op === 'open').length).toBeLessThanOrEqual(5);
    // stubborn-fs held it ~1 s per retry; the margin is for a loaded machine, not for the writer.
    expect(worstGap).toBeLessThan(300);
  });

  it('a newer write replaces the failing bytes; writing back what is on disk clears the failure', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk, 60_000);
    const file = path.join(tempDir(), 'a.json');
    await writer.write(file, bytes('on disk'));
    disk.fail = { op: 'rename', code: 'EACCES' };
    await expect(writer.write(file, bytes('failing'))).rejects.toMatchObject({ code: 'EACCES' });
    expect(writer.unsaved()).toEqual([file]);
    await writer.write(file, bytes('on disk'));
    expect(writer.unsaved()).toEqual([]);
    expect(recovered).toEqual([file]);
  });

  it('flushFile writes a file waiting to retry now, and rejects while it still fails', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk, 60_000);
    const file = path.join(tempDir(), 'a.json');
    disk.fail = { op: 'write', code: 'ENOSPC' };
    await expect(writer.write(file, bytes('x'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(writer.flushFile(file)).rejects.toMatchObject({ code: 'ENOSPC' });
    disk.fail = null;
    await writer.flushFile(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('drain tries failing files once more, waits at most the bound, and names what is not saved', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk, 60_000);
    const failing = path.join(tempDir(), 'failing.json');
    const hung = path.join(tempDir(), 'hung.json');
    const fine = path.join(tempDir(), 'fine.json');
    disk.fail = { op: 'write', code: 'ENOSPC' };
    await expect(writer.write(failing, bytes('f'))).rejects.toMatchObject({ code: 'ENOSPC' });
    disk.fail = null;
    disk.hang = 'sync';
    void writer.write(hung, bytes('h'));
    await eventually(() => disk.calls.some((c) => c.op === 'sync' && c.path.includes('hung.json')));
    disk.hang = null;
    void writer.write(fine, bytes('ok'));

    const started = performance.now();
    const unsaved = await writer.drain(200);
    const waited = performance.now() - started;
    expect(unsaved).toEqual([hung]);
    // The failing file was tried again at once (and worked), not after its 60 s backoff.
    expect(fs.readFileSync(failing, 'utf8')).toBe('f');
    expect(fs.readFileSync(fine, 'utf8')).toBe('ok');
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(1000);
  });

  it('drain returns at once when nothing is pending', async () => {
    const writer = writerOver(faultyFs());
    const started = performance.now();
    expect(await writer.drain(3000)).toEqual([]);
    // Not the 3 s bound: a loaded machine may take a while to resume, never seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the save path', () => {
  it('makes no synchronous file-system call (the event loop is never blocked by a save)', () => {
    const dir = path.join(import.meta.dirname, '../../../../electron/storage');
    for (const name of ['fileWriter.ts', 'atomicWrite.ts', 'fileSystem.ts', 'canonicalJson.ts']) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      expect({ name, sync: /\w+Sync\(/.exec(source)?.[0] ?? null }).toEqual({ name, sync: null });
      expect(source).not.toMatch(/from 'node:fs'/);
    }
  });
});
