import type { TeamIdentity } from '../../shared/ipc/team';
import type { GitRepo } from './gitRepo';
import { GitError } from './gitRunner';
import { mergeTrees, type TreeMerge } from './mergeTrees';

export interface SyncHooks {
  /** Saves what is pending of the shared engagements and writes the derived files: before each commit. */
  beforeCommit(): Promise<void>;
  /** The work tree moved to the merged tree: the engagements whose folders changed are read again. */
  afterMove(engagementIds: Set<string>): void;
}

export interface SyncInput {
  repo: GitRepo;
  identity: TeamIdentity;
  now: () => Date;
  /** The remote's main as the last sync left it: when the remote no longer holds it, its history was rewritten. */
  lastRemote: string | null;
  hooks: SyncHooks;
}

export interface SyncOutcome {
  state: 'up-to-date' | 'to-send' | 'offline' | 'failed';
  message: string | null;
  toSend: number;
  lastRemote: string | null;
  /** A branch made to keep this laptop's history because the remote's was rewritten. */
  kept: string | null;
  merge: TreeMerge | null;
}

const ATTEMPTS = 3;

/** Commits what this laptop changed since the last commit, as the user; null when nothing changed. */
export async function commitLocal(
  input: Pick<SyncInput, 'repo' | 'identity' | 'now' | 'hooks'>,
): Promise<string | null> {
  await input.hooks.beforeCommit();
  return input.repo.commitAll(`Changes by ${input.identity.name}`, input.identity, input.now());
}

function keptBranchName(now: Date): string {
  return `aux-desk/kept-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
}

/**
 * One sync: commit, fetch, merge record by record, move the work tree, push. Offline is not
 * a failure: the commits wait. A push the remote rejected because it moved meanwhile runs
 * the round again. A remote whose history was rewritten (force-push) never deletes what
 * this laptop has: its history is kept on a local branch, and the two are merged as if
 * from nothing, so every record of both sides is there.
 */
export async function syncOnce(input: SyncInput): Promise<SyncOutcome> {
  const { repo } = input;
  let kept: string | null = null;
  let merge: TreeMerge | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      await commitLocal(input);
      await repo.fetch();
      const ours = await repo.head();
      const theirs = await repo.remoteHead();
      if (theirs !== null && ours !== theirs) {
        const rewritten = input.lastRemote !== null && !(await holds(repo, theirs, input.lastRemote));
        if (rewritten && ours !== null && kept === null) {
          kept = keptBranchName(input.now());
          await repo.keepBranch(kept, ours);
        }
        const base = ours === null ? null : rewritten ? null : await repo.mergeBase(ours, theirs);
        if (ours === null || !(await repo.isAncestor(theirs, ours))) {
          merge = await mergeInto(input, { base, ours, theirs });
          // The derived files of what the merge changed (each retro's Markdown) go in this same push: the
          // remote then shows the merged notes, and the other laptops have nothing of the kind to commit.
          await commitLocal(input);
        }
      }
      const head = await repo.head();
      const remote = await repo.remoteHead();
      if (head !== null && head !== remote) await repo.push();
      return { state: 'up-to-date', message: null, toSend: 0, lastRemote: head, kept, merge };
    } catch (error) {
      if (error instanceof GitError && error.kind === 'rejected' && attempt < ATTEMPTS) continue;
      const toSend = await repo.aheadCount().catch(() => 0);
      if (error instanceof GitError && error.kind === 'offline') {
        return { state: 'offline', message: error.words, toSend, lastRemote: input.lastRemote, kept, merge };
      }
      const message =
        error instanceof GitError
          ? error.words
          : `The sync failed: ${error instanceof Error ? error.message : String(error)}`;
      return { state: 'failed', message, toSend, lastRemote: input.lastRemote, kept, merge };
    }
  }
}

/** True when `commit` is `tip` or in its history (false when it is unknown here). */
async function holds(repo: GitRepo, tip: string, commit: string): Promise<boolean> {
  try {
    return await repo.isAncestor(commit, tip);
  } catch {
    return false;
  }
}

/**
 * Merges their main into ours and moves the work tree there: a fast-forward when ours is
 * in their history and nothing of theirs is refused, a merge commit otherwise.
 */
async function mergeInto(
  input: SyncInput,
  at: { base: string | null; ours: string | null; theirs: string },
): Promise<TreeMerge> {
  const { repo, identity } = input;
  const now = input.now();
  const theirsBy = (await repo.authorOf(at.theirs))?.name ?? null;
  const merge = await mergeTrees(repo, { ...at, now, oursBy: identity.name, theirsBy });
  const fastForward = at.ours !== null && at.base === at.ours && merge.refused.length === 0;
  if (fastForward || (at.ours === null && merge.refused.length === 0)) {
    await repo.moveTo(at.theirs);
  } else {
    const commit = await repo.commitTree({
      parents: at.ours === null ? [at.theirs] : [at.ours, at.theirs],
      base: at.ours ?? at.theirs,
      changes: at.ours === null ? refusedRemoved(merge) : merge.changes,
      message: mergeMessage(identity.name, merge),
      author: identity,
      now,
    });
    await repo.moveTo(commit);
  }
  input.hooks.afterMove(merge.engagementIds);
  return merge;
}

/** A first sync onto their tree: what was refused is left out of it. */
function refusedRemoved(merge: TreeMerge): Map<string, Buffer | null> {
  return new Map(merge.refused.map((r) => [r.path, null]));
}

function mergeMessage(name: string, merge: TreeMerge): string {
  const lines = [`Merge the team's changes (${name})`];
  if (merge.conflicts.length) lines.push('', `${merge.conflicts.length} record(s) in conflict: both versions kept.`);
  if (merge.refused.length) lines.push('', 'Not taken:', ...merge.refused.map((r) => `- ${r.path}: ${r.why}`));
  return lines.join('\n');
}
