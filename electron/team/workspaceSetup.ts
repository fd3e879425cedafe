import fs from 'node:fs';
import path from 'node:path';
import type { TeamIdentity } from '../../shared/ipc/team';
import { WORKSPACE_ENGAGEMENTS } from '../../shared/team/workspacePaths';
import { AppError } from '../services/errors';
import { GitRepo } from './gitRepo';
import type { GitRunnerOptions } from './gitRunner';

export const WORKSPACE_README = `# Aux Desk team workspace

This repository is a team workspace of [Aux Desk](https://example.invalid/aux-desk): the
engagements the team's aux engineers share, synced by each laptop through this remote.

- \`engagements/<id>/\` holds one engagement: \`engagement.json\` (the engagement and its
  people), \`goals.json\`, \`milestones.json\`, \`project-retro.json\`, \`lifecycle.json\`, one file
  per weekly retro in \`retros/\` (with its notes as Markdown beside it, to read here), per
  planned week in \`weeks/\`, per NPS response in \`nps/\` and per fit-check vote in \`fit-check/\`.
- \`conflicts/<engagementId>/\` lists fields two laptops changed differently; Aux Desk shows
  both versions side by side until someone picks one.

Aux Desk writes these files; edit them with the app. Each laptop keeps its settings, mail
settings and password, outbox, notices, snapshots and quarantine to itself: they never
enter this repository.
`;

/** Temp files of a write in flight and the writer's conflict copies are this laptop's, never the team's. */
export const WORKSPACE_GITIGNORE = `*.tmp-*
*.conflict-*.json
.DS_Store
`;

/** A folder a workspace can start in: missing, or an empty folder. */
function checkFolderIsFree(dir: string): void {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) throw new AppError('storage', `${dir} is a file. Choose an empty folder.`);
  if (fs.readdirSync(dir).length > 0) {
    throw new AppError('storage', `${dir} is not empty. Choose an empty folder, or a new one.`);
  }
}

function writeIfMissing(file: string, contents: string): void {
  if (!fs.existsSync(file)) fs.writeFileSync(file, contents, { mode: 0o644 });
}

/** Writes the workspace's own files (README, .gitignore, engagements/) where they are missing. */
export function prepareWorkspace(dir: string): void {
  fs.mkdirSync(path.join(dir, WORKSPACE_ENGAGEMENTS), { recursive: true });
  writeIfMissing(path.join(dir, 'README.md'), WORKSPACE_README);
  writeIfMissing(path.join(dir, '.gitignore'), WORKSPACE_GITIGNORE);
}

/** Starts a workspace in an empty folder: a new repository, its README, the remote when given, a first commit. */
export async function createWorkspace(
  dir: string,
  remote: string | null,
  identity: TeamIdentity,
  now: Date,
  runner?: GitRunnerOptions,
): Promise<GitRepo> {
  return inNewFolder(dir, async () => {
    const repo = await GitRepo.init(dir, { remote, ...(runner ? { runner } : {}) });
    prepareWorkspace(dir);
    await repo.commitAll('Start the team workspace', identity, now);
    return repo;
  });
}

/** Runs `work` in `dir` (free, see checkFolderIsFree); when it fails, what it made is removed: nothing changed. */
async function inNewFolder<T>(dir: string, work: () => Promise<T>): Promise<T> {
  checkFolderIsFree(dir);
  const existed = fs.existsSync(dir);
  fs.mkdirSync(dir, { recursive: true });
  try {
    return await work();
  } catch (error) {
    if (existed)
      for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    else fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Joins a workspace: a new repository in an empty folder with the team's remote, which the
 * first sync then fetches. Not `git clone`: a clone checks the remote's files out before
 * anything could check them; the sync validates every file first (links, huge files and
 * paths the app does not keep are refused) and only then moves the work tree there.
 */
export async function joinWorkspace(dir: string, remote: string, runner?: GitRunnerOptions): Promise<GitRepo> {
  return inNewFolder(dir, () => GitRepo.init(dir, { remote, ...(runner ? { runner } : {}) }));
}
