import type { GitCallFor, GitRunner } from './gitRunner';
import type { GitAuthor } from './gitCommits';
import { GitError } from './gitRunner';
import { parseDiffTree, parseLsTree, repoPath, revision, type GitChange, type GitEntry } from './gitTrees';

export interface GitLastCommit {
  author: string;
  email: string;
  /** Strict ISO 8601, with the author's offset. */
  date: string;
}

/** What `to` changed since `from` (null: everything in `to`); no rename detection, NUL-separated so any name is safe. */
export async function listChanges(
  git: GitRunner,
  callFor: GitCallFor,
  from: string | null,
  to: string,
): Promise<GitChange[]> {
  if (from === null) {
    const out = await git.run(['ls-tree', '-r', '-z', '--full-tree', revision(to)], callFor());
    return parseLsTree(out.stdout).map(({ path, entry }) => ({ path, status: 'A', mode: entry.mode }));
  }
  const args = ['diff-tree', '-r', '-z', '--no-renames', revision(from), revision(to)];
  return parseDiffTree((await git.run(args, callFor())).stdout);
}

/** The entry at exactly `file` in `commit` (pathspecs are literal: see the runner), or null. */
export async function findEntry(
  git: GitRunner,
  callFor: GitCallFor,
  commit: string,
  file: string,
): Promise<GitEntry | null> {
  const args = ['ls-tree', '-z', '-l', '--full-tree', revision(commit), '--', repoPath(file)];
  const rows = parseLsTree((await git.run(args, callFor())).stdout);
  return rows.find((row) => row.path === file)?.entry ?? null;
}

/**
 * A file's bytes at `commit`. Its size comes first (ls-tree -l reads the object header, as
 * `cat-file -s` would, in the same call that finds it), so a blob over `maxBytes` is never read.
 */
export async function readBlobAt(
  git: GitRunner,
  callFor: GitCallFor,
  commit: string,
  file: string,
  maxBytes: number,
): Promise<Buffer> {
  const found = await findEntry(git, callFor, commit, file);
  if (found?.type !== 'blob') throw new GitError('failed', `${file} is not a file in ${commit.slice(0, 7)}.`, '');
  if (found.size > maxBytes) {
    throw new GitError('failed', `${file} is ${found.size} bytes, more than the ${maxBytes} Aux Desk reads.`, '');
  }
  return (await git.run(['cat-file', 'blob', found.oid], callFor())).stdout;
}

/** Who last changed `file` on HEAD, and when (raw names: %an, not the repository's .mailmap); null when none did. */
export async function lastCommitTouching(
  git: GitRunner,
  callFor: GitCallFor,
  file: string,
): Promise<GitLastCommit | null> {
  const args = ['log', '-1', '--no-show-signature', '--format=%an%x00%ae%x00%aI', 'HEAD', '--', repoPath(file)];
  const [author, email, date] = (await git.text(args, callFor())).trim().split('\0');
  return author === undefined || email === undefined || date === undefined ? null : { author, email, date };
}

/** Who made `commit` (raw names: %an); null when it is not a commit here. */
export async function authorOfCommit(git: GitRunner, callFor: GitCallFor, commit: string): Promise<GitAuthor | null> {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return null;
  const out = await git.run(
    ['log', '-1', '--no-show-signature', '--format=%an%x00%ae', commit, '--'],
    callFor({ okExitCodes: [0, 128] }),
  );
  if (out.exitCode !== 0) return null;
  const [name, email] = out.stdout.toString('utf8').trim().split('\0');
  return name === undefined || email === undefined ? null : { name, email };
}

/**
 * Who last changed each file under `prefix` on HEAD, and when: one walk of the history
 * (newest first), each file's first appearance kept.
 */
export async function lastCommitsUnder(
  git: GitRunner,
  callFor: GitCallFor,
  prefix: string,
): Promise<Map<string, GitLastCommit>> {
  const args = [
    'log',
    '--no-show-signature',
    '--no-renames',
    '--format=%x1e%an%x1f%ae%x1f%aI',
    '--name-only',
    'HEAD',
    '--',
    repoPath(prefix),
  ];
  const out = new Map<string, GitLastCommit>();
  for (const block of (await git.text(args, callFor())).split('\x1e').slice(1)) {
    const [header = '', ...files] = block.split('\n');
    const [author, email, date] = header.split('\x1f');
    if (author === undefined || email === undefined || date === undefined) continue;
    for (const file of files) if (file !== '' && !out.has(file)) out.set(file, { author, email, date });
  }
  return out;
}
