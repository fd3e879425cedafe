import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifyGitFailure, GitError, missingGitWords, remoteHost } from './gitErrors';

export { GitError, type GitErrorKind } from './gitErrors';

export interface GitRunnerOptions {
  /** The git binary: `git` from PATH unless given (the engineer's own, with their SSH and credential setup). */
  gitPath?: string;
  /** A command running longer is killed, in ms: 60 s unless given. */
  timeoutMs?: number;
  /** Variables laid over the user's environment; `undefined` removes one (tests isolate from the machine's config this way). */
  env?: Record<string, string | undefined>;
  /** A hooks folder that holds nothing and that nobody can fill: os.devNull on POSIX, a private empty folder on Windows. */
  hooksPath?: string;
}

/** One command's context. */
export interface GitCall {
  cwd: string;
  input?: Buffer | string;
  env?: Record<string, string>;
  /** The remote this command talks to: its network failures are classified ('offline', 'auth'…) and name the host. */
  remote?: string | null;
  /** Exit codes that are answers rather than failures (`merge-base --is-ancestor` exits 1 for "no"). */
  okExitCodes?: number[];
}

/** Makes the call for one repository's commands: its folder, its environment, plus `extra`. */
export type GitCallFor = (extra?: Partial<GitCall>) => GitCall;

export interface GitOutput {
  exitCode: number;
  stdout: Buffer;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Variables that would point git at another repository, index or object store: inherited
 * (Aux Desk started from a git hook, say), they would make every command act elsewhere.
 */
const INHERITED_REPO_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
];

let privateEmptyFolder: string | null = null;

/** Where git looks for hooks: nowhere. `/dev/null/<hook>` can never exist; Windows has no such path, so a fresh private folder. */
function defaultHooksPath(): string {
  if (process.platform !== 'win32') return os.devNull;
  privateEmptyFolder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'aux-desk-no-hooks-'));
  return privateEmptyFolder;
}

/**
 * Settings on every command, over any config file: nothing a repository holds, and nothing
 * its local config says, runs code (hooks, fsmonitor, ext:: transport, submodules), and
 * files are checked out byte for byte (no symlinks, no line-ending conversion).
 */
function hardeningArgs(hooksPath: string): string[] {
  const settings = [
    `core.hooksPath=${hooksPath}`,
    'core.fsmonitor=false',
    'protocol.ext.allow=never',
    'core.symlinks=false',
    'submodule.recurse=false',
    'core.autocrlf=false',
    'commit.gpgSign=false',
  ];
  return settings.flatMap((setting) => ['-c', setting]);
}

function environment(options: GitRunnerOptions, call: GitCall): Record<string, string> {
  const merged: Record<string, string | undefined> = { ...process.env };
  for (const name of INHERITED_REPO_VARIABLES) merged[name] = undefined;
  Object.assign(merged, options.env, call.env, {
    GIT_TERMINAL_PROMPT: '0', // fail, never wait for a password nobody can type
    LC_ALL: 'C', // messages in English, so they can be classified
    LANG: 'C',
    GIT_LITERAL_PATHSPECS: '1', // a path is a path: no globs, no `:(magic)`
  });
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (value !== undefined) env[name] = value;
  return env;
}

/** Runs the system git, no shell, hardened; rejects with a GitError. */
export class GitRunner {
  constructor(readonly options: GitRunnerOptions = {}) {}

  /** stdout as text; any non-zero exit not in `okExitCodes` is a GitError. */
  async text(args: string[], call: GitCall): Promise<string> {
    return (await this.run(args, call)).stdout.toString('utf8');
  }

  run(args: string[], call: GitCall): Promise<GitOutput> {
    const gitPath = this.options.gitPath ?? 'git';
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const fullArgs = [...hardeningArgs(this.options.hooksPath ?? defaultHooksPath()), ...args];
    return new Promise((resolve, reject) => {
      const child = spawn(gitPath, fullArgs, {
        cwd: call.cwd,
        env: environment(this.options, call),
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        // Its own session on POSIX: no controlling terminal, so ssh cannot sit waiting on
        // /dev/tty for a passphrase; and the whole group (ssh too) can be killed on timeout.
        detached: process.platform !== 'win32',
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        killTree(child.pid);
      }, timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.stdin.on('error', () => undefined); // git may exit before reading all of its input
      child.stdin.end(call.input);
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(spawnFailure(error, gitPath, call.cwd));
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        const output = {
          exitCode: code ?? -1,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr).toString(),
        };
        if (timedOut) reject(timeoutFailure(call, timeoutMs, output.stderr));
        else if (code === 0 || (code !== null && call.okExitCodes?.includes(code) === true)) resolve(output);
        else reject(classifyGitFailure(output.stderr, call.remote ?? null));
      });
    });
  }
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function spawnFailure(error: NodeJS.ErrnoException, gitPath: string, cwd: string): GitError {
  // Node reports a missing working folder as ENOENT too: tell the two apart.
  if (!fs.existsSync(cwd)) return new GitError('failed', `The folder ${cwd} does not exist.`, error.message);
  if (error.code === 'ENOENT' || error.code === 'EACCES') {
    return new GitError('missing', missingGitWords(process.platform, gitPath), error.message);
  }
  return new GitError('failed', `Could not run git: ${error.message}`, error.message);
}

function timeoutFailure(call: GitCall, timeoutMs: number, stderr: string): GitError {
  const seconds = Math.round(timeoutMs / 1000);
  if (call.remote === undefined || call.remote === null) {
    return new GitError('failed', `Git did not finish within ${seconds} s.`, stderr);
  }
  const where = remoteHost(call.remote);
  return new GitError(
    'offline',
    `${where} did not answer within ${seconds} s: check your network connection or VPN, then try again.`,
    stderr,
  );
}
