import fs from 'node:fs';
import path from 'node:path';
import { commitChanges, commitWorkTree, type CommitTreeOptions, type GitAuthor } from './gitCommits';
import {
  authorOfCommit,
  findEntry,
  lastCommitsUnder,
  lastCommitTouching,
  listChanges,
  readBlobAt,
  type GitLastCommit,
} from './gitReads';
import { GitError, GitRunner, type GitCall, type GitCallFor, type GitRunnerOptions } from './gitRunner';
import { revision, type GitChange, type GitEntry } from './gitTrees';

export type { CommitTreeOptions, GitAuthor } from './gitCommits';
export type { GitLastCommit } from './gitReads';
export type { GitChange, GitEntry } from './gitTrees';

export interface GitRepoOptions {
  runner?: GitRunnerOptions;
}

const MAIN = 'refs/heads/main';
const ORIGIN_MAIN = 'refs/remotes/origin/main';
/** No autostash (a user's merge.autoStash would stash and re-apply their edits), no signature policy. */
const FAST_FORWARD = ['merge', '-q', '--ff-only', '--no-autostash', '--no-verify-signatures', '--no-stat'];

/** A work tree on branch main with remote origin, driven through the system git. */
export class GitRepo {
  private readonly git: GitRunner;

  private constructor(
    readonly dir: string,
    runner: GitRunnerOptions | undefined,
  ) {
    this.git = new GitRunner(runner);
  }

  /** `git init -b main` in `dir` (created if needed; files already there are fine), with origin when given. */
  static async init(dir: string, opts: GitRepoOptions & { remote: string | null }): Promise<GitRepo> {
    fs.mkdirSync(dir, { recursive: true });
    const repo = new GitRepo(path.resolve(dir), opts.runner);
    await repo.git.run(['init', '-q', '-b', 'main'], repo.call());
    if (opts.remote !== null) await repo.setRemote(opts.remote);
    return GitRepo.open(dir, opts);
  }

  /**
   * Joins a team repository in an empty (or new) folder: init, fetch main, check it out. An
   * empty remote gives a repository with no commit yet. On failure nothing is left behind.
   */
  static async clone(url: string, dir: string, opts: GitRepoOptions = {}): Promise<GitRepo> {
    const existed = fs.existsSync(dir);
    if (existed && fs.readdirSync(dir).length > 0) {
      throw new GitError('failed', `${dir} is not empty: choose an empty folder for the team repository.`, '');
    }
    try {
      const repo = await GitRepo.init(dir, { ...opts, remote: url });
      await repo.fetch();
      const remoteHead = await repo.remoteHead();
      if (remoteHead !== null) await repo.moveTo(remoteHead);
      return repo;
    } catch (error) {
      fs.rmSync(existed ? path.join(dir, '.git') : dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The repository whose top is exactly `dir` (never one found above it), on branch main. */
  static async open(dir: string, opts: GitRepoOptions = {}): Promise<GitRepo> {
    const repo = new GitRepo(path.resolve(dir), opts.runner);
    const notARepo = (detail: string) => new GitError('not-a-repo', `${dir} is not a git repository.`, detail);
    if (!fs.existsSync(dir)) throw notARepo('');
    try {
      await repo.git.run(['rev-parse', '--show-toplevel'], repo.call());
    } catch (error) {
      if (error instanceof GitError && error.kind !== 'missing') throw notARepo(error.detail);
      throw error;
    }
    const branch = (await repo.git.text(['symbolic-ref', '-q', 'HEAD'], repo.call({ okExitCodes: [1] }))).trim();
    if (branch !== MAIN) {
      const words = `${dir} is not on branch main: switch back with \`git switch main\` in a terminal.`;
      throw new GitError('failed', words, branch);
    }
    return repo;
  }

  private readonly call: GitCallFor = (extra = {}) => ({
    ...extra,
    cwd: this.dir,
    // Without it, a folder that lost its .git would silently be run in a repository above (a home folder under git).
    env: { GIT_CEILING_DIRECTORIES: path.dirname(this.dir), ...extra.env },
  });

  /** `ref` as a commit id, or null when it does not exist. */
  private async resolve(ref: string): Promise<string | null> {
    const args = ['rev-parse', '-q', '--verify', `${ref}^{commit}`];
    const out = await this.git.text(args, this.call({ okExitCodes: [1] }));
    return out.trim() === '' ? null : out.trim();
  }

  /** The call for a command that talks to origin: its failures are classified as network ones. */
  private async networkCall(): Promise<GitCall> {
    const url = await this.remoteUrl();
    if (url === null) throw new GitError('failed', 'This folder has no team repository set.', '');
    return this.call({ remote: url });
  }

  head(): Promise<string | null> {
    return this.resolve('HEAD');
  }

  remoteHead(): Promise<string | null> {
    return this.resolve(ORIGIN_MAIN);
  }

  async remoteUrl(): Promise<string | null> {
    const out = await this.git.text(['config', '--get', 'remote.origin.url'], this.call({ okExitCodes: [1] }));
    return out.trim() === '' ? null : out.trim();
  }

  async setRemote(url: string): Promise<void> {
    if (url.startsWith('-')) throw new GitError('failed', `"${url}" is not a repository address.`, '');
    const verb = (await this.remoteUrl()) === null ? 'add' : 'set-url';
    await this.git.run(['remote', verb, 'origin', url], this.call());
  }

  /** origin's main into refs/remotes/origin/main; an empty remote (no main) removes that ref and is no error. */
  async fetch(): Promise<void> {
    const call = await this.networkCall();
    const args = ['fetch', '-q', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', 'origin'];
    try {
      await this.git.run([...args, `+${MAIN}:${ORIGIN_MAIN}`], call);
    } catch (error) {
      if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.detail))) throw error;
      await this.git.run(['update-ref', '-d', ORIGIN_MAIN], this.call());
    }
  }

  async push(): Promise<void> {
    const args = ['push', '-q', '--no-verify', '--recurse-submodules=no', 'origin', `${MAIN}:${MAIN}`];
    await this.git.run(args, await this.networkCall());
  }

  async isAncestor(a: string, b: string): Promise<boolean> {
    const args = ['merge-base', '--is-ancestor', revision(a), revision(b)];
    return (await this.git.run(args, this.call({ okExitCodes: [1] }))).exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const out = await this.git.text(['merge-base', revision(a), revision(b)], this.call({ okExitCodes: [1] }));
    return out.trim() === '' ? null : out.trim();
  }

  /** What `to` changed since `from` (null: everything in `to`); no rename detection. */
  changes(from: string | null, to: string): Promise<GitChange[]> {
    return listChanges(this.git, this.call, from, to);
  }

  entry(commit: string, file: string): Promise<GitEntry | null> {
    return findEntry(this.git, this.call, commit, file);
  }

  /** A file's bytes at `commit`; refused, unread, when it is over `maxBytes`. */
  readBlob(commit: string, file: string, maxBytes: number): Promise<Buffer> {
    return readBlobAt(this.git, this.call, commit, file, maxBytes);
  }

  /** Stages the whole work tree and commits it on main; null when it matches HEAD already. */
  async commitAll(message: string, author: GitAuthor, now: Date): Promise<string | null> {
    return commitWorkTree(this.git, this.call, await this.head(), { message, author, now });
  }

  /** A commit of `changes` over `base`, built without touching the work tree or the index; no ref moves. */
  commitTree(opts: CommitTreeOptions): Promise<string> {
    return commitChanges(this.git, this.call, opts);
  }

  /**
   * Fast-forwards main and the work tree to `commit`. Git refuses, changing nothing, when a
   * file it would write has uncommitted edits (or is untracked): a local edit is never lost.
   */
  async moveTo(commit: string): Promise<void> {
    const head = await this.head();
    if (head !== null && !(await this.isAncestor(head, commit))) {
      throw new GitError('failed', `${commit.slice(0, 7)} does not follow this folder's last commit.`, '');
    }
    const args = [...FAST_FORWARD, revision(commit)];
    try {
      await this.git.run(args, this.call());
    } catch (error) {
      if (!(error instanceof GitError && /would be overwritten/.test(error.detail))) throw error;
      const words =
        'Files edited here and not yet saved to the team repository would be overwritten: nothing was changed.';
      throw new GitError('failed', words, error.detail);
    }
  }

  /** Keeps `commit` reachable under a branch of its own (never main). */
  async keepBranch(name: string, commit: string): Promise<void> {
    if (name === 'main') throw new GitError('failed', 'The kept branch cannot be main.', '');
    // Plain validation: `--branch` would expand `@{-1}` and the like.
    const check = await this.git.run(
      ['check-ref-format', `refs/heads/${revision(name)}`],
      this.call({ okExitCodes: [1] }),
    );
    if (check.exitCode !== 0) throw new GitError('failed', `"${name}" cannot be a branch name.`, '');
    await this.git.run(['update-ref', `refs/heads/${name}`, revision(commit)], this.call());
  }

  /** Commits on main that origin/main lacks (all of them when there is no origin/main). */
  async aheadCount(): Promise<number> {
    return this.count(await this.head(), await this.remoteHead());
  }

  /** Commits on origin/main that main lacks. */
  async behindCount(): Promise<number> {
    return this.count(await this.remoteHead(), await this.head());
  }

  private async count(tip: string | null, exclude: string | null): Promise<number> {
    if (tip === null) return 0;
    const args = ['rev-list', '--count', tip, ...(exclude === null ? [] : [`^${exclude}`])];
    return Number((await this.git.text(args, this.call())).trim());
  }

  /** Who last changed `file` on main, and when; null when no commit touched it. */
  async lastCommitOf(file: string): Promise<GitLastCommit | null> {
    return (await this.head()) === null ? null : lastCommitTouching(this.git, this.call, file);
  }

  /** Who last changed each file under `prefix` (a folder), and when; empty before the first commit. */
  async lastCommitsUnder(prefix: string): Promise<Map<string, GitLastCommit>> {
    return (await this.head()) === null ? new Map() : lastCommitsUnder(this.git, this.call, prefix);
  }

  /** Who made `commit`: the name a conflict shows for the team's side. */
  authorOf(commit: string): Promise<GitAuthor | null> {
    return authorOfCommit(this.git, this.call, commit);
  }
}
