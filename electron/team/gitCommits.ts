import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { GitCallFor, GitRunner } from './gitRunner';
import { GitError } from './gitRunner';
import { repoPath, revision } from './gitTrees';

export interface GitAuthor {
  name: string;
  email: string;
}

export interface CommitTreeOptions {
  parents: string[];
  /** The tree the changes apply to (a commit); null starts from nothing. */
  base: string | null;
  /** path → new content, or null to delete it. Every file is stored as a plain file (100644). */
  changes: Map<string, Buffer | null>;
  message: string;
  author: GitAuthor;
  now: Date;
}

/** Author and committer are the user, at `now`, in UTC: the same inputs make the same commit. */
function identity(author: GitAuthor, now: Date): Record<string, string> {
  const date = `@${Math.floor(now.getTime() / 1000)} +0000`;
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
}

/** A commit object for `tree` (plumbing: no hooks, no template, no signing, the message kept as given). */
export async function commitObject(
  git: GitRunner,
  callFor: GitCallFor,
  tree: string,
  opts: Pick<CommitTreeOptions, 'parents' | 'message' | 'author' | 'now'>,
): Promise<string> {
  const parentArgs = opts.parents.flatMap((parent) => ['-p', revision(parent)]);
  const call = callFor({ input: opts.message, env: identity(opts.author, opts.now) });
  return (await git.text(['commit-tree', revision(tree), ...parentArgs], call)).trim();
}

/**
 * Builds a commit from `base` plus `changes` in a throwaway index inside .git, so neither the
 * work tree nor the real index moves: the sync engine writes merges this way while the user
 * keeps editing.
 */
export async function commitChanges(git: GitRunner, callFor: GitCallFor, opts: CommitTreeOptions): Promise<string> {
  const gitDir = (await git.text(['rev-parse', '--absolute-git-dir'], callFor())).trim();
  const indexFile = path.join(gitDir, `aux-desk-index-${randomUUID()}`);
  const withIndex: GitCallFor = (extra = {}) => callFor({ ...extra, env: { ...extra.env, GIT_INDEX_FILE: indexFile } });
  try {
    await git.run(opts.base === null ? ['read-tree', '--empty'] : ['read-tree', revision(opts.base)], withIndex());
    const added: string[] = [];
    const removed: string[] = [];
    for (const [file, content] of opts.changes) {
      repoPath(file);
      if (content === null) {
        removed.push(`${file}\0`);
        continue;
      }
      const oid = (
        await git.text(['hash-object', '-w', '--no-filters', '--stdin'], withIndex({ input: content }))
      ).trim();
      added.push(`100644 ${oid}\t${file}\0`);
    }
    if (added.length > 0) {
      const out = await git.run(['update-index', '-z', '--index-info'], withIndex({ input: added.join('') }));
      if (/Ignoring path/.test(out.stderr)) throw new GitError('failed', 'Git refused a path to store.', out.stderr);
    }
    if (removed.length > 0) {
      await git.run(['update-index', '-z', '--force-remove', '--stdin'], withIndex({ input: removed.join('') }));
    }
    const tree = (await git.text(['write-tree'], withIndex())).trim();
    return await commitObject(git, callFor, tree, opts);
  } finally {
    await fs.rm(indexFile, { force: true });
    await fs.rm(`${indexFile}.lock`, { force: true });
  }
}

const MAIN = 'refs/heads/main';

/** Stages the whole work tree (`add -A`) and commits it on main over `head`; null when nothing changed. */
export async function commitWorkTree(
  git: GitRunner,
  callFor: GitCallFor,
  head: string | null,
  opts: Pick<CommitTreeOptions, 'message' | 'author' | 'now'>,
): Promise<string | null> {
  await git.run(['add', '-A'], callFor());
  const tree = (await git.text(['write-tree'], callFor())).trim();
  const before = head === null ? ['hash-object', '-t', 'tree', '--stdin'] : ['rev-parse', `${revision(head)}^{tree}`];
  if (tree === (await git.text(before, callFor({ input: '' }))).trim()) return null;
  const commit = await commitObject(git, callFor, tree, { ...opts, parents: head === null ? [] : [head] });
  // The old value makes the move conditional: a commit made meanwhile by anyone else is not lost.
  const old = head ?? '0'.repeat(commit.length);
  await git.run(['update-ref', '-m', 'Aux Desk: commit', MAIN, commit, old], callFor());
  return commit;
}
