import fs from 'node:fs';
import path from 'node:path';
import { canonicalBytes } from '../../../electron/storage/canonicalJson';
import { readRecordFolder } from '../../../electron/storage/readRecordFolder';
import type { EngagementFile } from '../../../shared/model/files';
import { assembleEngagement } from '../../../shared/model/records/assembleEngagement';
import { splitEngagement } from '../../../shared/model/records/splitEngagement';
import { listFiles } from './tempDir';

/**
 * Reading and writing engagements on disk as tests see them (layout 10: engagements/<id>/,
 * a file per record), through the same record schemas the app reads with, so a test checks
 * what a restart would find.
 */
export function engagementFolder(dataDir: string, id: string): string {
  return path.join(dataDir, 'engagements', id);
}

/** The file of one record of an engagement (`retros/<date>-<id>.json`, `engagement.json`…). */
export function recordFile(dataDir: string, id: string, record: string): string {
  return path.join(engagementFolder(dataDir, id), ...record.split('/'));
}

/** The engagement as its folder holds it; throws when a record is unusable (a test expects none). */
export function readEngagementFolder(dataDir: string, id: string): EngagementFile {
  const reading = readRecordFolder(engagementFolder(dataDir, id));
  if (reading.problems.length > 0) throw new Error(reading.problems.map((p) => p.message).join(' '));
  const assembled = assembleEngagement(reading.records);
  if (assembled.file === null || assembled.problems.length > 0) {
    throw new Error(`engagements/${id}/: ${assembled.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return assembled.file;
}

/** Writes `doc` as its folder, as the app would (canonical JSON), for a test to start from. */
export function writeEngagementFolder(dataDir: string, doc: EngagementFile): string {
  const dir = engagementFolder(dataDir, doc.engagement.id);
  for (const [rel, record] of splitEngagement(doc)) {
    const file = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, canonicalBytes(record));
  }
  return dir;
}

/** Every file of the engagement's folder with its bytes, to check that nothing was written. */
export function folderBytes(dataDir: string, id: string): Record<string, string> {
  const dir = engagementFolder(dataDir, id);
  return Object.fromEntries(listFiles(dir).map((rel) => [rel, fs.readFileSync(path.join(dir, rel), 'utf8')]));
}
