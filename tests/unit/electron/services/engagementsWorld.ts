import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { StartupProblem } from '../../../../shared/ipc';
import { EngagementFileSchema, IndexFileSchema } from '../../../../shared/model/files';
import { engagementFolder, readEngagementFolder, recordFile } from '../../support/engagementFolder';
import { readJson, useTempDir } from '../../support/tempDir';

/**
 * Shared setup of the engagements.*.test.ts files (engagement persistence on real files).
 * Call at describe level: a fresh temp dir per test, and ways to read what was written to it.
 */
export function useEngagementsWorld() {
  const tempDir = useTempDir();
  /** An engagement's old one-file form (format 9 and earlier), which opening upgrades to its folder. */
  const engagementPath = (id: string) => path.join(tempDir(), 'engagements', `${id}.json`);
  /** An engagement's folder (layout 10). */
  const folderPath = (id: string) => engagementFolder(tempDir(), id);
  /** A record's file in it: `engagement.json`, `retros/<date>-<id>.json`… */
  const recordPath = (id: string, record = 'engagement.json') => recordFile(tempDir(), id, record);
  const indexPath = () => path.join(tempDir(), 'engagements-index.json');
  const readEngagementFile = (id: string) => EngagementFileSchema.parse(readEngagementFolder(tempDir(), id));
  const readIndex = () => IndexFileSchema.parse(readJson(indexPath()));
  const stableStat = (file: string) => {
    const stat = fs.statSync(file);
    return { ino: stat.ino, mtimeMs: stat.mtimeMs, contents: fs.readFileSync(file, 'utf8') };
  };
  const onlyProblem = (problems: StartupProblem[]): StartupProblem => {
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    if (!problem) throw new Error('no problem reported');
    return problem;
  };
  return {
    tempDir,
    engagementPath,
    folderPath,
    recordPath,
    indexPath,
    readEngagementFile,
    readIndex,
    stableStat,
    onlyProblem,
  };
}
