import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { useTempDir } from '../../support/tempDir';
import { faultyFs, type FaultyFs } from './faultyFs';

const bytes = (text: string) => Buffer.from(text);

describe('FileWriter.remove, over a real folder', () => {
  const tempDir = useTempDir();
  const kept: { file: string; why: string }[] = [];
  const errors: string[] = [];
  const writerOver = (disk: FaultyFs) => {
    kept.length = 0;
    errors.length = 0;
    return new FileWriter({
      fs: disk,
      retryDelayMs: () => 20,
      onError: (_file, error) => errors.push(String((error as { code?: unknown }).code)),
      onKept: (file, why) => kept.push({ file, why }),
    });
  };

  it('removes a file it wrote, after the write in flight, and fsyncs the folder', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    const written = writer.write(file, bytes('1'));
    const removed = writer.remove(file);
    await Promise.all([written, removed]);
    expect(fs.existsSync(file)).toBe(false);
    const ops = disk.calls.map((c) => c.op);
    expect(ops.indexOf('unlink')).toBeGreaterThan(ops.indexOf('rename'));
    expect(ops.slice(ops.indexOf('unlink'))).toEqual(['unlink', 'open-dir', 'sync-dir', 'close']);
    expect(kept).toEqual([]);
  });

  it('replaces a write not yet started, and a write asked for after it brings the file back', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    await writer.write(file, bytes('1'));
    const inFlight = writer.write(file, bytes('2'));
    void writer.write(file, bytes('3'));
    const removed = writer.remove(file);
    await Promise.all([inFlight, removed]);
    expect(fs.existsSync(file)).toBe(false);
    await writer.write(file, bytes('4'));
    expect(fs.readFileSync(file, 'utf8')).toBe('4');
  });

  it('leaves a file that something else changed since it was written here, and says so', async () => {
    const writer = writerOver(faultyFs());
    const file = path.join(tempDir(), 'a.json');
    await writer.write(file, bytes('ours'));
    fs.writeFileSync(file, 'theirs, a little longer');
    await writer.remove(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('theirs, a little longer');
    expect(kept).toEqual([{ file, why: 'changed' }]);
  });

  it('never removes a file it never read or wrote', async () => {
    const writer = writerOver(faultyFs());
    const file = path.join(tempDir(), 'a.json');
    fs.writeFileSync(file, 'someone else’s');
    await writer.remove(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(kept).toEqual([{ file, why: 'unseen' }]);
  });

  it('removes a file it read, unless it changed since; a file already gone counts as removed', async () => {
    const writer = writerOver(faultyFs());
    const [a, b] = [path.join(tempDir(), 'a.json'), path.join(tempDir(), 'b.json')];
    fs.writeFileSync(a, 'read');
    writer.remember(a, bytes('read'));
    await writer.remove(a);
    expect(fs.existsSync(a)).toBe(false);
    await writer.remove(b);
    expect(kept).toEqual([]);
  });

  it('reports a removal that fails and retries it on a timer until it is done', async () => {
    const disk = faultyFs();
    const writer = writerOver(disk);
    const file = path.join(tempDir(), 'a.json');
    await writer.write(file, bytes('1'));
    disk.fail = { op: 'unlink', code: 'EACCES' };
    await expect(writer.remove(file)).rejects.toMatchObject({ code: 'EACCES' });
    expect(writer.unsaved()).toEqual([file]);
    disk.fail = null;
    await writer.flushFile(file);
    expect(fs.existsSync(file)).toBe(false);
    expect(errors[0]).toBe('EACCES');
    expect(writer.unsaved()).toEqual([]);
  });
});
