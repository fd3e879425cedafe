import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { readRecordFolder } from '../../../../electron/storage/readRecordFolder';
import { RecordFolder } from '../../../../electron/storage/recordFolder';
import type { EngagementFile } from '../../../../shared/model/files';
import { assembleEngagement } from '../../../../shared/model/records/assembleEngagement';
import { splitEngagement } from '../../../../shared/model/records/splitEngagement';
import { doc, line } from '../../support/notes';
import { richEngagementFile } from '../../support/richEngagement';
import { listFiles, useTempDir } from '../../support/tempDir';
import { faultyFs, type FaultyFs } from './faultyFs';

const R1 = 'retros/2026-03-05-r1.json';
const R2 = 'retros/2026-03-12-r2.json';

/** A note saved in retro r1, built as the retros service builds it: only r1 and its notes are new objects. */
function withNote(file: EngagementFile, text: string): EngagementFile {
  const retros = file.retro.retros.map((r) =>
    r.id === 'r1' ? { ...r, notes: { ...r.notes, notes: doc(line(text)) }, updatedAt: '2026-03-05T10:00:00.000Z' } : r,
  );
  return { ...file, retro: { ...file.retro, retros } };
}

describe('RecordFolder: an engagement saved as record files, over a real folder', () => {
  const tempDir = useTempDir('aux-desk-folder-');
  const conflicts: string[] = [];
  const keptFiles: string[] = [];

  function world() {
    conflicts.length = 0;
    keptFiles.length = 0;
    const disk: FaultyFs = faultyFs();
    const writer = new FileWriter({
      fs: disk,
      onError: () => undefined,
      onConflict: (file, _copy, how) => conflicts.push(`${path.basename(file)} ${how}`),
      onKept: (file, why) => keptFiles.push(`${path.basename(file)} ${why}`),
    });
    const dir = path.join(tempDir(), 'engagements', 'eng-rich');
    const folder = new RecordFolder(dir, writer);
    const rel = (file: string) => path.relative(dir, file).split(path.sep).join('/');
    const renamed = () => disk.calls.filter((c) => c.op === 'rename').map((c) => rel(c.path));
    const unlinked = () => disk.calls.filter((c) => c.op === 'unlink').map((c) => rel(c.path));
    return { disk, writer, dir, folder, renamed, unlinked };
  }

  it('writes a new engagement as canonical record files, which read and assemble back into it', async () => {
    const { dir, folder, writer } = world();
    const file = richEngagementFile();
    const saved = await folder.save(file);
    expect(saved.written.sort()).toEqual([...splitEngagement(file).keys()].sort());
    expect(listFiles(dir)).toEqual([...splitEngagement(file).keys()].sort());
    for (const [rel, record] of splitEngagement(file)) {
      expect(fs.readFileSync(folder.fileOf(rel), 'utf8')).toBe(canonicalJson(record));
    }
    const reading = readRecordFolder(dir, { writer });
    expect(reading.problems).toEqual([]);
    expect(assembleEngagement(reading.records).file).toEqual(file);
  });

  it('saves a note by writing that retro’s file alone, and an unchanged engagement by writing nothing', async () => {
    const { folder, renamed } = world();
    const file = richEngagementFile();
    await folder.save(file);
    const before = renamed().length;
    const noted = withNote(file, 'One more thought');
    expect(await folder.save(noted)).toEqual({ written: [R1], removed: [], held: [] });
    expect(renamed().slice(before)).toEqual([R1]);
    expect(fs.readFileSync(folder.fileOf(R1), 'utf8')).toContain('One more thought');
    // The same objects again: nothing serialised, nothing written.
    expect(await folder.save(noted)).toEqual({ written: [], removed: [], held: [] });
    // New objects with the same content are serialised, and the writer skips the same bytes.
    expect(await folder.save(withNote(file, 'One more thought'))).toMatchObject({ written: [R1] });
    expect(renamed().length).toBe(before + 1);
  });

  it('starts from what it read: saving the engagement as read writes nothing', async () => {
    const first = world();
    await first.folder.save(richEngagementFile());
    const { dir, folder, writer, renamed } = world();
    const assembled = assembleEngagement(readRecordFolder(dir, { writer }).records);
    if (!assembled.file) throw new Error('not assembled');
    folder.adopt(assembled.file);
    expect(await folder.save(assembled.file)).toEqual({ written: [], removed: [], held: [] });
    await folder.save(withNote(assembled.file, 'after a restart'));
    expect(renamed()).toEqual([R1]);
  });

  it('moves a retro whose date changed: the new file is written before the old one is removed', async () => {
    const { dir, folder, disk } = world();
    const file = richEngagementFile();
    await folder.save(file);
    disk.calls.length = 0;
    const retros = file.retro.retros.map((r) => (r.id === 'r2' ? { ...r, date: '2026-03-13' } : r));
    const saved = await folder.save({ ...file, retro: { ...file.retro, retros } });
    expect(saved).toEqual({ written: ['retros/2026-03-13-r2.json'], removed: [R2], held: [] });
    const ops = disk.calls.filter((c) => c.op === 'rename' || c.op === 'unlink').map((c) => c.op);
    expect(ops).toEqual(['rename', 'unlink']);
    expect(listFiles(path.join(dir, 'retros'))).toEqual([
      '2026-03-05-r1.json',
      '2026-03-06-r0.json',
      '2026-03-13-r2.json',
    ]);
  });

  it('removes the file of a deleted NPS response and of a retro no longer in the engagement', async () => {
    const { folder, unlinked } = world();
    const file = richEngagementFile();
    await folder.save(file);
    const next: EngagementFile = {
      ...file,
      retro: { ...file.retro, retros: file.retro.retros.filter((r) => r.id !== 'r2') },
      project: { ...file.project, nps: file.project.nps.filter((n) => n.id !== 'n1') },
    };
    expect(await folder.save(next)).toEqual({ written: [], removed: [R2, 'nps/n1.json'], held: [] });
    // The two removals run at once, so the order they reach the disk in is not promised.
    expect(unlinked().sort()).toEqual(['nps/n1.json', R2]);
    expect(fs.existsSync(folder.fileOf(R2))).toBe(false);
    expect(fs.existsSync(folder.fileOf('nps/n2.json'))).toBe(true);
  });

  it('never writes over another writer’s change to a record, nor removes one', async () => {
    const { folder } = world();
    const file = richEngagementFile();
    await folder.save(file);
    const theirs = fs.readFileSync(folder.fileOf(R2), 'utf8').replace('"mvpStatus": ""', '"mvpStatus": "theirs"');
    fs.writeFileSync(folder.fileOf(R2), theirs);
    // A note saved in another retro leaves their file alone, unread.
    await folder.save(withNote(file, 'mine'));
    expect(fs.readFileSync(folder.fileOf(R2), 'utf8')).toBe(theirs);
    expect(conflicts).toEqual([]);
    // Their retro changed here too: theirs stays, this app's version goes beside it.
    const retros = file.retro.retros.map((r) => (r.id === 'r2' ? { ...r, mvpStatus: 'mine' } : r));
    await folder.save({ ...file, retro: { ...file.retro, retros } });
    expect(fs.readFileSync(folder.fileOf(R2), 'utf8')).toBe(theirs);
    expect(conflicts).toEqual(['2026-03-12-r2.json changed']);
    // A changed file of a record removed here is left too.
    fs.writeFileSync(folder.fileOf('nps/n1.json'), '{"edited": true}');
    await folder.save({ ...file, project: { ...file.project, nps: [] } });
    expect(fs.readFileSync(folder.fileOf('nps/n1.json'), 'utf8')).toBe('{"edited": true}');
    expect(keptFiles).toEqual(['n1.json changed']);
    expect(fs.existsSync(folder.fileOf('nps/n2.json'))).toBe(false);
  });

  it('removes a superseded copy of a retro at the next save, and never writes a held file', async () => {
    const first = world();
    const file = richEngagementFile();
    await first.folder.save(file);
    const stale = 'retros/2026-03-11-r2.json';
    const r2 = splitEngagement(file).get(R2);
    const older = { ...r2, date: '2026-03-11', updatedAt: '2026-03-01T00:00:00.000Z' };
    fs.writeFileSync(first.folder.fileOf(stale), canonicalJson(older));
    fs.writeFileSync(first.folder.fileOf('goals.json'), '{ broken');
    const { dir, folder, writer } = world();
    const reading = readRecordFolder(dir, { writer });
    expect(reading.problems.map((p) => p.path)).toEqual(['goals.json']);
    const assembled = assembleEngagement(reading.records);
    expect(assembled.superseded).toEqual([stale]);
    if (!assembled.file) throw new Error('not assembled');
    folder.adopt(assembled.file, { superseded: assembled.superseded, held: ['goals.json'] });
    const goals = [...file.retro.goals].reverse();
    const saved = await folder.save({ ...assembled.file, retro: { ...assembled.file.retro, goals } });
    expect(saved).toEqual({ written: [], removed: [stale], held: ['goals.json'] });
    expect(fs.readFileSync(folder.fileOf('goals.json'), 'utf8')).toBe('{ broken');
  });
});
