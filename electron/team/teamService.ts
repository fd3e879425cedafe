import fs from 'node:fs';
import path from 'node:path';
import type { StartupProblem } from '../../shared/ipc';
import type {
  ConflictChoice,
  ConflictView,
  RecordEdit,
  TeamIdentity,
  TeamState,
  TeamStatus,
} from '../../shared/ipc/team';
import { WORKSPACE_ENGAGEMENTS } from '../../shared/team/workspacePaths';
import type { StoreDocument } from '../services/documents';
import type { EngagementRepository } from '../services/engagements';
import { AppError } from '../services/errors';
import type { EventSink } from '../services/mainServices';
import type { StoreFactory } from '../services/storeFiles';
import type { WriteQueue } from '../services/writeQueue';
import { applyResolution, conflictView, currentConflict, readConflicts } from './conflictStore';
import { GitRepo } from './gitRepo';
import { GitError, type GitRunnerOptions } from './gitRunner';
import { commitLocal, syncOnce, type SyncHooks } from './syncEngine';
import { outcomeNote, workspaceHooks } from './workspaceHooks';
import { openTeamFile, type TeamFile } from './teamFile';
import { createWorkspace, joinWorkspace, prepareWorkspace } from './workspaceSetup';

/** What the team workspace asks of the operating system: a folder picker (a dialog in Electron). */
export interface TeamPlatform {
  chooseFolder(): Promise<string | null>;
}

export interface TeamDeps {
  dataDir: string;
  engagements: EngagementRepository;
  queue: WriteQueue;
  factory: StoreFactory;
  now: () => Date;
  report: (problem: StartupProblem) => void;
  emit: EventSink;
  log: (message: string, error: unknown) => void;
  platform: TeamPlatform;
  /** How git runs (tests isolate it from the machine's configuration). */
  git?: GitRunnerOptions;
  /** Quiet time after a change to a shared engagement before it is committed (5 s). */
  commitQuietMs?: number;
  /** Time between background syncs (3 minutes). */
  syncIntervalMs?: number;
  /** Watches a folder of engagements for changes made outside the app (git's checkouts among them). */
  watchRoot?: (root: string) => { start(): void; stop(): void };
}

/**
 * The team workspace: a git repository whose engagements/ folder the engagement repository
 * opens beside this laptop's. Saves are committed locally after a quiet period, as the
 * user; syncs pull, merge record by record and push, every few minutes and on demand.
 * Every git step runs one at a time (a commit never races a merge).
 */
export class TeamService {
  readonly #deps: TeamDeps;
  readonly #file: StoreDocument<TeamFile>;
  #repo: GitRepo | null = null;
  #state: TeamState = 'none';
  #message: string | null = null;
  #toSend = 0;
  #chain: Promise<unknown> = Promise.resolve();
  #commitTimer: ReturnType<typeof setTimeout> | null = null;
  #syncTimer: ReturnType<typeof setInterval> | null = null;
  readonly #dirty = new Set<string>();
  #watch: { start(): void; stop(): void } | null = null;
  #started = false;

  constructor(deps: TeamDeps) {
    this.#deps = deps;
    this.#file = openTeamFile(deps);
    const dir = this.#file.doc.workspaceDir;
    if (dir !== null) this.#openRoot(dir);
    deps.engagements.onChange((id) => this.#changed(id));
  }

  #openRoot(dir: string): void {
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      this.#set(
        'failed',
        `The team workspace folder ${dir} is missing. Connect its disk, or join the workspace again.`,
      );
      return;
    }
    this.#deps.engagements.addSharedRoot(path.join(dir, WORKSPACE_ENGAGEMENTS));
    this.#state = 'up-to-date';
  }

  #watchRoot(): void {
    const root = this.#root();
    if (!this.#started || root === null || this.#watch || !this.#deps.watchRoot) return;
    this.#watch = this.#deps.watchRoot(root);
    this.#watch.start();
  }

  get #dir(): string | null {
    return this.#file.doc.workspaceDir;
  }

  #root(): string | null {
    const dir = this.#dir;
    return dir === null ? null : path.join(dir, WORKSPACE_ENGAGEMENTS);
  }

  #sharedIds(): string[] {
    const root = this.#root();
    return root === null ? [] : this.#deps.engagements.idsIn(root);
  }

  /** Yours: on this laptop only, or shared and you are one of its people (by your email). */
  isMine(doc: { engagement: { id: string; people: readonly { email: string }[] } }): boolean {
    const root = this.#root();
    const email = this.#file.doc.identity?.email.toLowerCase();
    if (root === null || email === undefined) return true;
    if (this.#deps.engagements.rootOf(doc.engagement.id) !== root) return true;
    return doc.engagement.people.some((p) => p.email.toLowerCase() === email);
  }

  status(): TeamStatus {
    const dir = this.#dir;
    const conflicts = dir === null ? 0 : readConflicts(dir).length;
    const state: TeamState = this.#state === 'up-to-date' && conflicts > 0 ? 'conflict' : this.#state;
    return {
      state,
      workspace: dir === null ? null : { dir, remote: this.#remote, engagementIds: this.#sharedIds() },
      identity: this.#file.doc.identity,
      toSend: this.#toSend,
      conflicts,
      lastSyncAt: this.#file.doc.lastSyncAt,
      message: this.#message,
      kept: [...this.#file.doc.kept],
    };
  }

  #remote: string | null = null;

  #set(state: TeamState, message: string | null = null): void {
    this.#state = state;
    this.#message = message;
    this.#deps.emit('team-status', this.status());
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(task, task);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #openRepo(): Promise<GitRepo> {
    const dir = this.#dir;
    if (dir === null) throw new AppError('not-found', 'There is no team workspace on this laptop.');
    if (!this.#repo) {
      this.#repo = await GitRepo.open(dir, this.#runnerOptions());
      this.#remote = await this.#repo.remoteUrl();
    }
    return this.#repo;
  }

  #runnerOptions(): { runner?: GitRunnerOptions } {
    return this.#deps.git ? { runner: this.#deps.git } : {};
  }

  #identity(): TeamIdentity {
    const identity = this.#file.doc.identity;
    if (!identity) throw new AppError('invalid-payload', 'Enter your name and email in Settings › Team first.');
    return identity;
  }

  #hooks(): SyncHooks {
    const root = this.#root();
    return root === null
      ? { beforeCommit: () => Promise.resolve(), afterMove: () => undefined }
      : workspaceHooks(this.#deps, root, this.#dirty);
  }

  #changed(id: string): void {
    if (this.#dir === null) return;
    this.#dirty.add(id);
    if (this.#commitTimer) clearTimeout(this.#commitTimer);
    this.#commitTimer = setTimeout(() => {
      this.#commitTimer = null;
      void this.commitNow().catch((error: unknown) => this.#deps.log('Committing to the team workspace failed', error));
    }, this.#deps.commitQuietMs ?? 5000);
    this.#commitTimer.unref();
  }

  /** Commits what changed in the shared engagements (the quiet period's end, quit). */
  commitNow(): Promise<TeamStatus> {
    return this.#serial(async () => {
      if (this.#dir === null) return this.status();
      const repo = await this.#openRepo();
      await commitLocal({ repo, identity: this.#identity(), now: this.#deps.now, hooks: this.#hooks() });
      this.#toSend = await repo.aheadCount();
      if (this.#state === 'up-to-date' || this.#state === 'to-send')
        this.#set(this.#toSend > 0 ? 'to-send' : 'up-to-date');
      return this.status();
    });
  }

  /** Commits, pulls, merges record by record and pushes. */
  sync(): Promise<TeamStatus> {
    return this.#serial(async () => {
      if (this.#dir === null) return this.status();
      this.#set('syncing');
      let repo: GitRepo;
      try {
        repo = await this.#openRepo();
      } catch (error) {
        this.#set('failed', error instanceof GitError || error instanceof AppError ? messageOf(error) : String(error));
        return this.status();
      }
      const outcome = await syncOnce({
        repo,
        identity: this.#identity(),
        now: this.#deps.now,
        lastRemote: this.#file.doc.lastRemote,
        hooks: this.#hooks(),
      });
      this.#toSend = outcome.toSend;
      const doc = this.#file.doc;
      this.#file.write({
        ...doc,
        lastRemote: outcome.lastRemote,
        lastSyncAt: outcome.state === 'up-to-date' ? this.#deps.now().toISOString() : doc.lastSyncAt,
        kept: outcome.kept ? [...doc.kept, outcome.kept] : doc.kept,
      });
      this.#set(outcome.state, outcome.message ?? outcomeNote(outcome));
      return this.status();
    });
  }

  /** Starts a workspace in `dir`, with the remote when given, and syncs it. */
  async create(dir: string, remote: string | null, identity: TeamIdentity): Promise<TeamStatus> {
    this.#refuseSecond();
    const repo = await this.#serial(() => createWorkspace(dir, remote, identity, this.#deps.now(), this.#deps.git));
    await this.#adopt(repo, dir, identity);
    return remote === null ? this.status() : this.sync();
  }

  /** Joins the team's workspace from its remote into `dir`: the first sync brings its engagements. */
  async join(dir: string, remote: string, identity: TeamIdentity): Promise<TeamStatus> {
    this.#refuseSecond();
    const repo = await this.#serial(() => joinWorkspace(dir, remote, this.#deps.git));
    await this.#adopt(repo, dir, identity);
    const status = await this.sync();
    // An empty remote: this laptop starts the workspace (README, .gitignore) and sends it.
    prepareWorkspace(dir);
    return status.state === 'offline' || status.state === 'failed' ? status : this.sync();
  }

  #refuseSecond(): void {
    if (this.#dir !== null)
      throw new AppError('forbidden', `This laptop already has a team workspace, in ${this.#dir}.`);
  }

  async #adopt(repo: GitRepo, dir: string, identity: TeamIdentity): Promise<void> {
    this.#repo = repo;
    this.#remote = await repo.remoteUrl();
    await this.#file.save({ ...this.#file.doc, workspaceDir: dir, identity, lastRemote: null, kept: [] });
    this.#deps.engagements.addSharedRoot(path.join(dir, WORKSPACE_ENGAGEMENTS));
    this.#watchRoot();
    this.#set('up-to-date');
  }

  setIdentity(identity: TeamIdentity): TeamStatus {
    this.#file.write({ ...this.#file.doc, identity });
    this.#deps.emit('team-status', this.status());
    return this.status();
  }

  /** Shares an engagement with the team (into the workspace) or keeps it on this laptop only. */
  async move(engagementId: string, to: 'workspace' | 'personal'): Promise<TeamStatus> {
    const root = this.#root();
    if (root === null) throw new AppError('not-found', 'There is no team workspace on this laptop.');
    await this.#serial(() =>
      this.#deps.engagements.moveTo(engagementId, to === 'workspace' ? root : this.#deps.engagements.personalRoot),
    );
    this.#dirty.add(engagementId);
    return this.commitNow();
  }

  conflicts(): ConflictView[] {
    const dir = this.#dir;
    if (dir === null) return [];
    const names = new Map(this.#deps.engagements.list().map((s) => [s.id, s.name]));
    const you = this.#file.doc.identity?.name ?? null;
    return readConflicts(dir).map((c) =>
      conflictView(currentConflict(c, this.#deps.engagements), names.get(c.engagementId) ?? 'An engagement', you),
    );
  }

  /** Applies the user's choice to the record in conflict, reads it again, and commits the resolution. */
  async resolve(engagementId: string, conflictId: string, choices: ConflictChoice[]): Promise<TeamStatus> {
    const dir = this.#dir;
    const root = this.#root();
    if (dir === null || root === null) throw new AppError('not-found', 'There is no team workspace on this laptop.');
    await this.#serial(async () => {
      await this.#deps.engagements.settle(engagementId);
      applyResolution(dir, engagementId, conflictId, choices);
      this.#hooks().afterMove(new Set([engagementId]));
    });
    this.#dirty.add(engagementId);
    return this.commitNow();
  }

  /** Who last changed each record of a shared engagement (from git); none for an engagement on this laptop only. */
  async edits(engagementId: string): Promise<RecordEdit[]> {
    const root = this.#root();
    if (root === null || !this.#sharedIds().includes(engagementId)) return [];
    const repo = await this.#openRepo();
    const folder = `${WORKSPACE_ENGAGEMENTS}/${engagementId}`;
    const prefix = `${folder}/`;
    const you = this.#file.doc.identity?.email.toLowerCase();
    const last = await this.#serial(() => repo.lastCommitsUnder(folder));
    return [...last]
      .filter(([file]) => file.endsWith('.json'))
      .map(([file, c]) => ({
        record: file.slice(prefix.length),
        by: c.email.toLowerCase() === you ? 'You' : c.author,
        at: c.date,
      }));
  }

  /** Background syncs every few minutes, and one now. */
  start(): void {
    this.#started = true;
    this.#watchRoot();
    if (this.#syncTimer || this.#dir === null) return;
    void this.sync();
    this.#syncTimer = setInterval(() => void this.sync(), this.#deps.syncIntervalMs ?? 180_000);
    this.#syncTimer.unref();
  }

  stop(): void {
    this.#started = false;
    this.#watch?.stop();
    this.#watch = null;
    if (this.#syncTimer) clearInterval(this.#syncTimer);
    if (this.#commitTimer) clearTimeout(this.#commitTimer);
    this.#syncTimer = null;
    this.#commitTimer = null;
  }

  /** Waits for the git step running now (tests, and quit). */
  async idle(): Promise<void> {
    await this.#chain;
  }
}

function messageOf(error: GitError | AppError): string {
  return error instanceof GitError ? error.words : error.message;
}
