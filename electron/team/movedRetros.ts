import { retroPath } from '../../shared/model/records/recordPaths';
import { mergeRecordFile } from '../../shared/team/mergeRecordFile';
import { MAX_PULLED_BYTES, WORKSPACE_ENGAGEMENTS } from '../../shared/team/workspacePaths';
import { canonicalBytes } from '../storage/canonicalJson';
import type { MergeInput, TreeSource } from './mergeTrees';

const RETRO_FILE = /^engagements\/([A-Za-z0-9_-]{1,64})\/retros\/\d{4}-\d{2}-\d{2}-([A-Za-z0-9_-]{1,64})\.json$/;

interface Change {
  path: string;
  status: 'A' | 'M' | 'D';
}

/** One retro whose file was renamed (its date changed) on at least one side: where it is in each tree. */
interface MovedRetro {
  key: string;
  paths: Set<string>;
}

/**
 * Retros whose file a side renamed: a retro's date names its file (retros/<date>-<id>.json),
 * so moving the retro to another day deletes one file and adds another. Paired by the
 * retro's id, not its path, so a note edited on one laptop in the old file and the date
 * changed on the other merge into one retro instead of two copies of it.
 */
export function movedRetros(ourChanges: readonly Change[], theirChanges: readonly Change[]): MovedRetro[] {
  const byRetro = new Map<string, { paths: Set<string>; added: boolean; deleted: boolean }>();
  for (const change of [...ourChanges, ...theirChanges]) {
    const match = RETRO_FILE.exec(change.path);
    if (!match) continue;
    const key = `${match[1]}/${match[2]}`;
    const held = byRetro.get(key) ?? { paths: new Set<string>(), added: false, deleted: false };
    held.paths.add(change.path);
    if (change.status === 'A') held.added = true;
    if (change.status === 'D') held.deleted = true;
    byRetro.set(key, held);
  }
  return [...byRetro]
    .filter(([, held]) => held.paths.size > 1 && held.added && held.deleted)
    .map(([key, held]) => ({ key, paths: held.paths }));
}

async function jsonAt(repo: TreeSource, commit: string | null, paths: Set<string>): Promise<unknown> {
  if (commit === null) return undefined;
  for (const path of [...paths].sort()) {
    if ((await repo.entry(commit, path)) === null) continue;
    try {
      return JSON.parse((await repo.readBlob(commit, path, MAX_PULLED_BYTES)).toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Merges a moved retro's three versions (wherever each tree has it) into one record at the
 * path its merged date names; the other paths ours has are removed. Null when a side's file
 * is unreadable (then each path is merged as any other file).
 */
export async function mergeMovedRetro(
  repo: TreeSource,
  input: MergeInput,
  moved: MovedRetro,
): Promise<{ changes: Map<string, Buffer | null>; merged: ReturnType<typeof mergeRecordFile>; record: string } | null> {
  const [base, ours, theirs] = await Promise.all([
    jsonAt(repo, input.base, moved.paths),
    jsonAt(repo, input.ours, moved.paths),
    jsonAt(repo, input.theirs, moved.paths),
  ]);
  const some = ours ?? theirs;
  if (some === undefined) return null;
  const engagementId = moved.key.split('/')[0] ?? '';
  const anyPath = [...moved.paths][0] ?? '';
  const rel = anyPath.slice(`${WORKSPACE_ENGAGEMENTS}/${engagementId}/`.length);
  const merged = mergeRecordFile(rel, base, ours, theirs);
  const record = merged.merged as { date?: unknown; id?: unknown } | undefined;
  if (typeof record?.date !== 'string' || typeof record.id !== 'string') return null;
  const target = `${WORKSPACE_ENGAGEMENTS}/${engagementId}/${retroPath({ date: record.date, id: record.id })}`;
  const changes = new Map<string, Buffer | null>([[target, canonicalBytes(merged.merged)]]);
  for (const path of moved.paths) {
    if (path !== target && input.ours !== null && (await repo.entry(input.ours, path)) !== null)
      changes.set(path, null);
  }
  return { changes, merged, record: target.slice(`${WORKSPACE_ENGAGEMENTS}/${engagementId}/`.length) };
}
