import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { StartupProblem } from '../../../../shared/ipc';
import { EngagementFileSchema, IndexFileSchema } from '../../../../shared/model/files';
import { readJson, useTempDir } from '../../support/tempDir';

/**
 * Shared setup of the engagements.*.test.ts files (engagement persistence on real files).
 * Call at describe level: a fresh temp dir per test, and ways to read what was written to it.
 */
export function useEngagementsWorld() {
  const tempDir = useTempDir();
  const engagementPath = (id: string) => path.join(tempDir(), 'engagements', `${id}.json`);
  const indexPath = () => path.join(tempDir(), 'engagements-index.json');
  const readEngagementFile = (id: string) => EngagementFileSchema.parse(readJson(engagementPath(id)));
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
  return { tempDir, engagementPath, indexPath, readEngagementFile, readIndex, stableStat, onlyProblem };
}
