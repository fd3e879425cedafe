import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyGitFailure } from '../../../../electron/team/gitErrors';
import { GitError, GitRunner } from '../../../../electron/team/gitRunner';
import { isolatedGitEnv, markerScript, plainGit } from '../../support/gitEnv';
import { useTempDir } from '../../support/tempDir';

const HOOKS = [
  'pre-commit',
  'post-commit',
  'reference-transaction',
  'post-checkout',
  'post-merge',
  'post-index-change',
];

async function failureOf(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GitError)) throw new Error(`expected a GitError, got ${String(error)}`);
  return error;
}

describe('GitRunner', () => {
  const temp = useTempDir('aux-desk-git-runner-');

  it('reports a missing git binary as missing, with how to install it', async () => {
    const runner = new GitRunner({ gitPath: path.join(temp(), 'no-such-git') });
    const error = await failureOf(runner.text(['--version'], { cwd: temp() }));
    expect(error.kind).toBe('missing');
    expect(error.words).toMatch(/install/);
    expect(error.words).toMatch(process.platform === 'darwin' ? /xcode-select/ : /git-scm\.com|package manager/);
  });

  it('runs no hook and no fsmonitor, whatever the repository and its local config say', async () => {
    const env = isolatedGitEnv(temp());
    const repo = path.join(temp(), 'repo');
    const marker = path.join(temp(), 'ran.txt');
    await plainGit(temp(), env, ['init', '-q', '-b', 'main', repo]);
    for (const hook of HOOKS) markerScript(path.join(repo, '.git', 'hooks', hook), marker);
    markerScript(path.join(repo, 'evil-hooks', 'pre-commit'), marker);
    markerScript(path.join(temp(), 'fsmonitor.sh'), marker);
    await plainGit(repo, env, ['config', 'core.fsmonitor', path.join(temp(), 'fsmonitor.sh')]);
    fs.writeFileSync(path.join(repo, 'a.txt'), 'a');

    const runner = new GitRunner({ env });
    const identity = {
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@x',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@x',
    };
    await runner.run(['add', '-A'], { cwd: repo });
    await runner.run(['status'], { cwd: repo });
    await runner.run(['commit', '-q', '-m', 'one'], { cwd: repo, env: identity });
    await plainGit(repo, env, ['config', 'core.hooksPath', path.join(repo, 'evil-hooks')]);
    await runner.run(['commit', '-q', '--allow-empty', '-m', 'two'], { cwd: repo, env: identity });
    expect(fs.existsSync(marker)).toBe(false);

    // The planted hooks are real: plain git runs them.
    await plainGit(repo, env, ['commit', '-q', '--allow-empty', '-m', 'three']);
    expect(fs.readFileSync(marker, 'utf8')).toMatch(/pre-commit/);
  });

  it('ignores GIT_DIR and friends inherited from whoever started the app', async () => {
    const env = isolatedGitEnv(temp());
    const repo = path.join(temp(), 'repo');
    await plainGit(temp(), env, ['init', '-q', '-b', 'main', repo]);
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = path.join(temp(), 'elsewhere.git');
    try {
      const top = await new GitRunner({ env }).text(['rev-parse', '--show-toplevel'], { cwd: repo });
      expect(fs.realpathSync(top.trim())).toBe(fs.realpathSync(repo));
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it('treats chosen exit codes as answers and others as failures with git’s words', async () => {
    const runner = new GitRunner({ env: isolatedGitEnv(temp()) });
    const answer = await runner.run(['config', '--get', 'no.such'], { cwd: temp(), okExitCodes: [1] });
    expect(answer.exitCode).toBe(1);
    const error = await failureOf(runner.run(['rev-parse', 'HEAD'], { cwd: temp() }));
    expect(error.kind).toBe('not-a-repo');
    expect(error.detail).toMatch(/not a git repository/);
  });

  it('gives up on a server that never answers, as offline, and kills git', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/team.git`;
    try {
      const runner = new GitRunner({ env: isolatedGitEnv(temp()), timeoutMs: 500 });
      const started = Date.now();
      const error = await failureOf(runner.run(['ls-remote', url], { cwd: temp(), remote: url }));
      expect(error.kind).toBe('offline');
      expect(error.words).toMatch(/did not answer within 1 s/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('classifyGitFailure', () => {
  const ssh = 'git@git.example.com:team/desk.git';
  it.each([
    ['git@git.example.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'auth'],
    ["fatal: Authentication failed for 'https://git.example.com/team/desk.git/'", 'auth'],
    ["fatal: unable to access 'https://x/': The requested URL returned error: 403", 'auth'],
    ['ERROR: Repository not found.\nfatal: Could not read from remote repository.', 'not-found'],
    ["fatal: repository 'https://git.example.com/x.git/' not found", 'not-found'],
    ['ssh: Could not resolve hostname git.example.com: Name or service not known', 'offline'],
    ["fatal: unable to access 'https://x/': Failed to connect to x port 443: Connection refused", 'offline'],
    ["fatal: unable to access 'https://x/': The requested URL returned error: 502", 'offline'],
    [' ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs', 'rejected'],
    [' ! [rejected]        main -> main (non-fast-forward)', 'rejected'],
    [' ! [remote rejected] main -> main (protected branch hook declined)', 'failed'],
  ] as const)('%s → %s', (stderr, kind) => {
    const error = classifyGitFailure(stderr, ssh);
    expect(error.kind).toBe(kind);
    expect(error.detail).toBe(stderr.trim());
    if (kind !== 'failed' && kind !== 'rejected') expect(error.words).toContain('git.example.com');
  });

  it('names the host, never credentials in the URL', () => {
    const error = classifyGitFailure('fatal: Authentication failed', 'https://ana:s3cret@git.example.com/desk.git');
    expect(error.words).toContain('git.example.com');
    expect(error.words).not.toContain('s3cret');
  });

  it('does not read a local "Permission denied" as a credentials problem', () => {
    const error = classifyGitFailure('error: unable to create file a.txt: Permission denied', null);
    expect(error.kind).toBe('failed');
    expect(error.words).toBe('Git failed: unable to create file a.txt: Permission denied');
  });
});
