import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShortWriteError, writeAtomically } from '../../../../electron/storage/atomicWrite';
import { nodeStorageFs } from '../../../../electron/storage/fileSystem';
import { isTempFileName } from '../../../../electron/storage/tempFiles';
import { useTempDir } from '../../support/tempDir';
import { faultyFs } from './faultyFs';

describe('writeAtomically, over a real folder', () => {
  const tempDir = useTempDir();
  const big = Buffer.from(JSON.stringify({ notes: 'n'.repeat(100_000) }) + '\n');
  const seed = () => {
    const file = path.join(tempDir(), 'engagement.json');
    fs.writeFileSync(file, '{"old":true}\n');
    return file;
  };
  const leftovers = () => fs.readdirSync(tempDir()).filter(isTempFileName);

  it('continues short writes until every byte is written (a nearly full disk)', async () => {
    const file = seed();
    const disk = faultyFs();
    disk.shortWrites = 4096;
    await writeAtomically(disk, file, big);
    expect(fs.readFileSync(file).equals(big)).toBe(true);
    expect(disk.calls.filter((c) => c.op === 'write').length).toBe(Math.ceil(big.length / 4096));
    expect(leftovers()).toEqual([]);
  });

  it('fails, leaving the old file whole, when the disk accepts no more bytes', async () => {
    const file = seed();
    const disk = faultyFs();
    disk.shortWrites = 0;
    await expect(writeAtomically(disk, file, big)).rejects.toBeInstanceOf(ShortWriteError);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"old":true}\n');
    expect(leftovers()).toEqual([]);
  });

  for (const [op, code] of [
    ['write', 'ENOSPC'],
    ['open', 'EROFS'],
    ['open', 'EACCES'],
    ['sync', 'EIO'],
    ['rename', 'EACCES'],
  ] as const) {
    it(`leaves the old file whole and no temp file when ${op} fails with ${code}`, async () => {
      const file = seed();
      const disk = faultyFs();
      disk.fail = { op, code };
      await expect(writeAtomically(disk, file, big)).rejects.toMatchObject({ code });
      expect(fs.readFileSync(file, 'utf8')).toBe('{"old":true}\n');
      expect(leftovers()).toEqual([]);
    });
  }

  it('writes, fsyncs and closes the temp file before the rename, then fsyncs the folder', async () => {
    const file = seed();
    const disk = faultyFs();
    await writeAtomically(disk, file, big, 'linux');
    const ops = disk.calls.map((c) => c.op);
    expect(ops).toEqual(['open', 'write', 'sync', 'close', 'rename', 'open-dir', 'sync-dir', 'close']);
    const temp = disk.calls[0]?.path ?? '';
    expect(path.dirname(temp)).toBe(tempDir());
    expect(isTempFileName(path.basename(temp))).toBe(true);
    expect(disk.calls.find((c) => c.op === 'open-dir')?.path).toBe(tempDir());
  });

  it('creates the file owner-only (0600), whatever mode the old one had', async () => {
    if (process.platform === 'win32') return;
    const file = seed();
    fs.chmodSync(file, 0o644);
    await writeAtomically(nodeStorageFs, file, big);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
