import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Environment for git in tests: none of the machine's config (a global file of the test's
 * own, no system file), no askpass program that could pop up.
 */
export function isolatedGitEnv(dir: string): Record<string, string | undefined> {
  const globalConfig = path.join(dir, 'test-gitconfig');
  fs.writeFileSync(globalConfig, '');
  return {
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ASKPASS: undefined,
    SSH_ASKPASS: undefined,
    GIT_SSH_COMMAND: undefined,
  };
}

/**
 * Plain system git, without the app's hardening: to build what an attacker or another
 * engineer would push, and to prove a planted hook really runs when git is not told otherwise.
 * Asynchronous: the test HTTP server answers from this same process.
 */
export function plainGit(
  cwd: string,
  env: Record<string, string | undefined>,
  args: string[],
  input?: string,
): Promise<string> {
  const identity = { NAME: 'Mallory', EMAIL: 'mallory@example.com' };
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...env,
          GIT_AUTHOR_NAME: identity.NAME,
          GIT_AUTHOR_EMAIL: identity.EMAIL,
          GIT_COMMITTER_NAME: identity.NAME,
          GIT_COMMITTER_EMAIL: identity.EMAIL,
        },
      },
      (error, stdout, stderr) => (error === null ? resolve(stdout) : reject(new Error(`${error.message}\n${stderr}`))),
    );
    child.stdin?.end(input);
  });
}

/** A script at `file` that, when run, creates `marker` (the trace a hook leaves when it ran). */
export function markerScript(file: string, marker: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\necho "$0" >> '${marker}'\n`, { mode: 0o755 });
}
