import { isPlainFileMode, MAX_PULLED_BYTES, workspacePathOf } from '../../shared/team/workspacePaths';

/** Why a file their side changed is not taken (not one the app keeps, a link, too large), or null. */
export function refusal(path: string, mode: string, size: number | null): string | null {
  if (workspacePathOf(path) === null) return 'it is not a file Aux Desk keeps in a workspace';
  if (mode !== '000000' && !isPlainFileMode(mode)) return 'it is a link or a submodule, not a plain file';
  if (size !== null && size > MAX_PULLED_BYTES) return `it is larger than ${MAX_PULLED_BYTES / 1024 / 1024} MB`;
  return null;
}

/** A pulled file's JSON, or undefined when it holds none. */
export function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
