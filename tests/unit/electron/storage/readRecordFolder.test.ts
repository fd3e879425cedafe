import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { FileWriter } from '../../../../electron/storage/fileWriter';
import { readRecordFolder } from '../../../../electron/storage/readRecordFolder';
import { assembleEngagement } from '../../../../shared/model/records/assembleEngagement';
import { splitEngagement } from '../../../../shared/model/records/splitEngagement';
import { richEngagementFile } from '../../support/richEngagement';
import { useTempDir } from '../../support/tempDir';

const R1 = 'retros/2026-03-05-r1.json';
const R2 = 'retros/2026-03-12-r2.json';

describe('reading an engagement’s folder of record files', () => {
  const tempDir = useTempDir('aux-desk-read-');

  /** The rich engagement's records written as plain files, as a sync tool or git would leave them. */
  function folderOnDisk(): string {
    const dir = path.join(tempDir(), 'eng-rich');
    for (const [rel, record] of splitEngagement(richEngagementFile())) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), canonicalJson(record));
    }
    return dir;
  }

  it('reads every record, and they assemble into the engagement', () => {
    const reading = readRecordFolder(folderOnDisk());
    expect(reading.problems).toEqual([]);
    expect(reading.ignored).toEqual([]);
    expect(reading.records.size).toBe(15);
    expect(assembleEngagement(reading.records).file).toEqual(richEngagementFile());
  });

  it('never opens a pipe, follows a link or reads past the size cap: each is reported and the rest read', () => {
    const dir = folderOnDisk();
    fs.rmSync(path.join(dir, R2));
    execFileSync('mkfifo', [path.join(dir, R2)]);
    const elsewhere = path.join(tempDir(), 'elsewhere.json');
    fs.renameSync(path.join(dir, 'nps/n1.json'), elsewhere);
    fs.symlinkSync(elsewhere, path.join(dir, 'nps/n1.json'));
    fs.rmSync(path.join(dir, 'fit-check'), { recursive: true });
    fs.symlinkSync(path.join(tempDir()), path.join(dir, 'fit-check'));
    const size = fs.statSync(path.join(dir, R1)).size;
    const reading = readRecordFolder(dir, { maxBytes: size - 1 });
    expect(reading.problems).toEqual([
      { path: 'fit-check', message: 'fit-check is not a folder (a link or a file); it was left in place, unread.' },
      { path: 'nps/n1.json', message: 'nps/n1.json is a link; it was left in place, unread.' },
      { path: R1, message: `${R1} is larger than ${size - 1} bytes; it was left in place, unread.` },
      {
        path: R2,
        message: `${R2} is not a regular file (a pipe, a device or a folder); it was left in place, unread.`,
      },
    ]);
    const { file } = assembleEngagement(reading.records);
    expect(file?.retro.retros.map((r) => r.id)).toEqual(['r0']);
    expect(file?.project.nps.map((r) => r.id)).toEqual(['n2']);
    expect(file?.lifecycle.fitVotes).toEqual([]);
  });

  it('reports a file that is not JSON by its path, reads past a byte order mark, skips temp files', () => {
    const dir = folderOnDisk();
    fs.writeFileSync(path.join(dir, 'goals.json'), '{"schemaVersion": 10, "kind": "goals", "goals": [');
    fs.writeFileSync(
      path.join(dir, 'rituals.json'),
      `\uFEFF${fs.readFileSync(path.join(dir, 'rituals.json'), 'utf8')}`,
    );
    fs.writeFileSync(path.join(dir, `${R1}.tmp-aux123-4`), '{ half writ');
    fs.writeFileSync(path.join(dir, 'retros/2026-03-05-r1.conflict-20260305-100000.json'), '{}');
    fs.writeFileSync(path.join(dir, 'README.txt'), 'notes of mine');
    fs.mkdirSync(path.join(dir, 'attachments'));
    const reading = readRecordFolder(dir);
    expect(reading.problems).toEqual([{ path: 'goals.json', message: 'goals.json is not valid JSON.', movable: true }]);
    expect(reading.ignored.sort()).toEqual([
      'README.txt',
      'attachments/',
      'retros/2026-03-05-r1.conflict-20260305-100000.json',
    ]);
    const { file, problems } = assembleEngagement(reading.records);
    expect(problems).toEqual([]);
    expect(file?.planner.rituals).toEqual(richEngagementFile().planner.rituals);
    expect(file?.retro.goals).toEqual([]);
  });

  it('tells the writer what it read, so writing it back unchanged costs nothing', async () => {
    const dir = folderOnDisk();
    const writer = new FileWriter({ onError: () => undefined });
    readRecordFolder(dir, { writer });
    const file = path.join(dir, R1);
    const before = fs.statSync(file).mtimeMs;
    await writer.write(file, fs.readFileSync(file));
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(writer.unsaved()).toEqual([]);
  });

  it('reports a folder that cannot be listed and starts with nothing, instead of stopping', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const reading = readRecordFolder(file);
    expect(reading.records.size).toBe(0);
    expect(reading.problems[0]?.message).toMatch(/^\. could not be read \(ENOTDIR/);
  });
});
