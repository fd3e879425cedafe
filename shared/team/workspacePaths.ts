import { kindOfPath } from '../model/records/recordPaths';

/**
 * What a team workspace holds, by path from its root (`/` between parts):
 * - `engagements/<id>/…`: each shared engagement's folder, the same records as on a laptop,
 *   plus each retro's notes as Markdown beside its record (`retros/<date>-<id>.md`) for
 *   reading on the git host;
 * - `conflicts/<engagementId>/<conflictId>.json`: fields two laptops changed differently;
 * - `README.md` and `.gitignore`.
 * Settings, mail settings and password, the outbox, notices, snapshots and quarantine live
 * in the data folder, never here.
 */
export const WORKSPACE_ENGAGEMENTS = 'engagements';
export const WORKSPACE_CONFLICTS = 'conflicts';

/** A pulled file larger than this is refused (a record is at most 16 MB, see MAX_RECORD_BYTES). */
export const MAX_PULLED_BYTES = 16 * 1024 * 1024;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const RETRO_MARKDOWN = /^retros\/\d{4}-\d{2}-\d{2}-[A-Za-z0-9_-]{1,64}\.md$/;

export type WorkspacePath =
  | { kind: 'record'; engagementId: string; record: string }
  | { kind: 'markdown'; engagementId: string; record: string }
  | { kind: 'conflict'; engagementId: string; conflictId: string }
  | { kind: 'other' };

/** What a path of the workspace is; null when it is not one the app accepts (outside the tree, hidden parts). */
export function workspacePathOf(path: string): WorkspacePath | null {
  const parts = path.split('/');
  if (
    path === '' ||
    path.startsWith('/') ||
    parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))
  ) {
    return null;
  }
  const [top, id, ...rest] = parts;
  if (top === WORKSPACE_ENGAGEMENTS) {
    if (id === undefined || !ID.test(id) || rest.length === 0) return null;
    const record = rest.join('/');
    if (kindOfPath(record) !== null) return { kind: 'record', engagementId: id, record };
    if (RETRO_MARKDOWN.test(record)) return { kind: 'markdown', engagementId: id, record };
    return null;
  }
  if (top === WORKSPACE_CONFLICTS) {
    const file = rest[0];
    if (id === undefined || !ID.test(id) || rest.length !== 1 || file === undefined) return null;
    const conflictId = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(file)?.[1];
    return conflictId === undefined ? null : { kind: 'conflict', engagementId: id, conflictId };
  }
  // The team's own files beside ours (a CI config, docs) are theirs: kept, never read.
  // Git's own control files from a pull could change how files are checked out: refused.
  if (parts.some((p) => p === '.gitattributes' || p === '.gitmodules' || p === '.git')) return null;
  return { kind: 'other' };
}

/** The modes a pulled file may have: a plain file. Links (120000) and submodules (160000) are refused. */
export function isPlainFileMode(mode: string): boolean {
  return mode === '100644' || mode === '100755';
}
