/** What went wrong with a git command, in the terms the app reacts to. */
export type GitErrorKind = 'missing' | 'offline' | 'auth' | 'rejected' | 'not-found' | 'not-a-repo' | 'failed';

/** A failed git command: `words` is one sentence a user can act on, `detail` is git's own stderr. */
export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    readonly words: string,
    readonly detail: string,
  ) {
    super(detail === '' ? words : `${words}\n${detail}`);
    this.name = 'GitError';
  }
}

/** How to get git on this platform: the app ships none, it uses the engineer's own. */
export function missingGitWords(platform: NodeJS.Platform, gitPath: string): string {
  const lead = `Aux Desk needs git to share with your team, and could not run "${gitPath}":`;
  if (platform === 'darwin') {
    return `${lead} install it by running \`xcode-select --install\` in Terminal (or from https://git-scm.com), then try again.`;
  }
  if (platform === 'win32') {
    return `${lead} install Git for Windows from https://git-scm.com/download/win, then restart Aux Desk.`;
  }
  return `${lead} install the package \`git\` with your package manager (for example \`sudo apt install git\`), then try again.`;
}

/** The host of a remote (URL or scp-like `user@host:path`), never its credentials or path. */
export function remoteHost(remote: string): string {
  try {
    const url = new URL(remote);
    if (url.protocol === 'file:') return 'the shared folder';
    if (url.host !== '') return url.host;
  } catch {
    // not a URL: scp-like syntax, below
  }
  const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(remote);
  return scp?.[1] ?? 'the team repository';
}

interface Rule {
  kind: GitErrorKind;
  pattern: RegExp;
  words: (where: string) => string;
}

/**
 * Network failures, read from git's stderr under LC_ALL=C. Order matters: an SSH failure
 * ends with "Could not read from remote repository" whatever the cause, so the specific
 * line (permission denied, not found, connection refused) decides.
 */
const NETWORK_RULES: Rule[] = [
  {
    kind: 'auth',
    pattern:
      /Authentication failed|Permission denied \(|Permission denied, please try again|returned error: 40[13]|HTTP 40[13]|could not read (Username|Password)|terminal prompts disabled|Invalid username or password/i,
    words: (where) =>
      `${where} did not accept your credentials: check that your SSH key or saved password works with git in a terminal, then try again.`,
  },
  {
    kind: 'auth',
    pattern: /Host key verification failed/i,
    words: (where) =>
      `${where} is not yet a trusted SSH host: connect once with git in a terminal to accept its key, then try again.`,
  },
  {
    kind: 'not-found',
    pattern:
      /Repository not found|repository '.*' not found|returned error: 404|HTTP 404|does not appear to be a git repository/i,
    words: (where) =>
      `The team repository was not found on ${where}: check its address and that you have access to it.`,
  },
  {
    kind: 'rejected',
    pattern: /\[rejected\]|non-fast-forward|\(fetch first\)|Updates were rejected/i,
    words: () => 'Someone pushed to the team repository first: sync again to take in their changes, then share.',
  },
  {
    kind: 'offline',
    pattern:
      /Could not resolve host|Could not resolve hostname|Failed to connect|Connection refused|Connection reset|Connection timed out|timed out|Network is unreachable|No route to host|Empty reply from server|returned error: 5\d\d|HTTP 5\d\d|Temporary failure in name resolution/i,
    words: (where) => `Could not reach ${where}: check your network connection or VPN, then try again.`,
  },
];

/** What happened, from git's exit and stderr; `remote` (when the command talked to one) names the server in the words. */
export function classifyGitFailure(stderr: string, remote: string | null): GitError {
  const detail = stderr.trim();
  if (remote !== null) {
    const where = remoteHost(remote);
    for (const rule of NETWORK_RULES) {
      if (rule.pattern.test(detail)) return new GitError(rule.kind, rule.words(where), detail);
    }
    const refused = /\[remote rejected\][^(]*\(([^)]*)\)/.exec(detail);
    if (refused?.[1] !== undefined) {
      return new GitError('failed', `${where} refused the change (${refused[1]}): ask whoever runs it.`, detail);
    }
  }
  if (/not a git repository/i.test(detail)) {
    return new GitError('not-a-repo', 'This folder is not a git repository.', detail);
  }
  const firstLine = detail.split('\n').find((line) => line.trim() !== '') ?? 'no message';
  return new GitError('failed', `Git failed: ${firstLine.replace(/^(fatal|error): /, '')}`, detail);
}
