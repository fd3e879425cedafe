import { GitError } from './gitErrors';

/** One path that differs between two commits; `mode` is the new one, '000000' when deleted (120000 is a symlink, 160000 a submodule). */
export interface GitChange {
  path: string;
  status: 'A' | 'M' | 'D';
  mode: string;
}

/** A path in a commit. `size` is the blob's byte count (0 for a folder or submodule). */
export interface GitEntry {
  mode: string;
  size: number;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

/** A commit or ref name given to git as an argument: never one that git would read as an option. */
export function revision(rev: string): string {
  if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev)) {
    throw new GitError('failed', `"${rev}" is not a commit.`, '');
  }
  return rev;
}

/**
 * A path inside the repository, forward slashes, that git stores as written. Checked here
 * because `update-index --index-info` skips a path it refuses (`.git/…`) with exit 0.
 */
export function repoPath(path: string): string {
  const parts = path.split('/');
  const bad = parts.some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git');
  if (bad || path.includes('\\') || path.includes('\0')) {
    throw new GitError('failed', `"${path}" is not a path Aux Desk can store in the team repository.`, '');
  }
  return path;
}

/** `-z` output split into its NUL-terminated fields. */
function fields(stdout: Buffer): string[] {
  const parts = stdout.toString('utf8').split('\0');
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

/** `ls-tree -z [-l]` records: `<mode> SP <type> SP <oid>[ SP <size>] TAB <path>`. */
export function parseLsTree(stdout: Buffer): { path: string; entry: GitEntry }[] {
  return fields(stdout).map((record) => {
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = '', size = '-'] = record.slice(0, tab).trim().split(/ +/);
    const entryType = type === 'tree' || type === 'commit' ? type : 'blob';
    return {
      path: record.slice(tab + 1),
      entry: { mode, type: entryType, oid, size: size === '-' ? 0 : Number(size) },
    };
  });
}

/** `diff-tree -r -z --no-renames` records: `:<old mode> <new mode> <old oid> <new oid> <status>` NUL `<path>`. */
export function parseDiffTree(stdout: Buffer): GitChange[] {
  const parts = fields(stdout);
  const changes: GitChange[] = [];
  for (let at = 0; at + 1 < parts.length; at += 2) {
    const [, newMode = '', , , letter = ''] = (parts[at] ?? '').slice(1).split(' ');
    const path = parts[at + 1] ?? '';
    // T (a file that became a symlink, say) is a modification whose new mode tells the rest.
    const status = letter === 'A' || letter === 'D' ? letter : 'M';
    changes.push({ path, status, mode: status === 'D' ? '000000' : newMode });
  }
  return changes;
}
