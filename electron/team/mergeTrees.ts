import type { ConflictRecord } from '../../shared/team/conflictSchema';
import { mergeRecordFile } from '../../shared/team/mergeRecordFile';
import { MAX_PULLED_BYTES, workspacePathOf } from '../../shared/team/workspacePaths';
import { canonicalBytes } from '../storage/canonicalJson';
import { keepConflict } from './keptConflict';
import { parseJson, refusal } from './pulledFiles';
import { mergeMovedRetro, movedRetros } from './retroMoves';

/** What the merge reads of the repository (GitRepo has it). */
export interface TreeSource {
  changes(from: string | null, to: string): Promise<{ path: string; status: 'A' | 'M' | 'D'; mode: string }[]>;
  entry(commit: string, path: string): Promise<{ mode: string; size: number; oid: string } | null>;
  readBlob(commit: string, path: string, maxBytes: number): Promise<Buffer>;
}

export interface TreeMerge {
  /** What to change on top of ours: a path's new bytes, or null to remove it. */
  changes: Map<string, Buffer | null>;
  conflicts: ConflictRecord[];
  /** Their files that were not taken, and why in words. */
  refused: { path: string; why: string }[];
  /** The engagements whose folders the changes touch. */
  engagementIds: Set<string>;
}

export interface MergeInput {
  base: string | null;
  ours: string | null;
  theirs: string;
  now: Date;
  oursBy: string | null;
  theirsBy: string | null;
}

/**
 * Merges their tree into ours file by file, from the base both came from: a file only one
 * side changed is that side's; a record both changed merges field by field (mergeRecord),
 * and fields both changed differently keep ours in the record and both in a conflict file;
 * a file deleted on one side and changed on the other is kept, changed. Their files that
 * are not plain files the app keeps, or are too large, are refused (ours kept). Derived
 * files (the notes' Markdown) keep ours: they are written again from the merged record.
 */
export async function mergeTrees(repo: TreeSource, input: MergeInput): Promise<TreeMerge> {
  const { base, ours, theirs } = input;
  const out: TreeMerge = { changes: new Map(), conflicts: [], refused: [], engagementIds: new Set() };
  const ourList = ours === null ? [] : await repo.changes(base, ours);
  const theirList = await repo.changes(base, theirs);
  const ourChanges = new Map(ourList.map((c) => [c.path, c]));
  // A retro both sides changed and one moved to another day is merged as one record (git sees a delete and an add).
  const moved = ours === null ? [] : movedRetros(ourList, theirList);
  if (ours !== null) for (const retro of moved) await mergeMovedRetro(repo, { ...input, ours }, retro, out);
  const handled = new Set(moved.flatMap((retro) => [...retro.paths]));
  for (const change of theirList) {
    if (handled.has(change.path)) continue;
    const theirEntry = change.status === 'D' ? null : await repo.entry(theirs, change.path);
    const why = refusal(change.path, change.mode, theirEntry?.size ?? null);
    if (why !== null) {
      out.refused.push({ path: change.path, why });
      continue;
    }
    const taken = await mergeOne(
      repo,
      input,
      change.path,
      ourChanges.get(change.path)?.status ?? null,
      theirEntry,
      out,
    );
    if (!taken) continue;
    const where = workspacePathOf(change.path);
    if (where && where.kind !== 'other') out.engagementIds.add(where.engagementId);
  }
  return out;
}

/** Merges one path their side changed; true when the result differs from ours. */
async function mergeOne(
  repo: TreeSource,
  input: MergeInput,
  path: string,
  ourStatus: 'A' | 'M' | 'D' | null,
  theirEntry: { oid: string } | null,
  out: TreeMerge,
): Promise<boolean> {
  const { base, ours, theirs } = input;
  if (ourStatus === null || ours === null) {
    out.changes.set(path, theirEntry === null ? null : await repo.readBlob(theirs, path, MAX_PULLED_BYTES));
    return true;
  }
  // Deleted on their side, changed (or deleted) on ours: ours stands, nothing is lost.
  if (theirEntry === null) return false;
  if (ourStatus === 'D') {
    out.changes.set(path, await repo.readBlob(theirs, path, MAX_PULLED_BYTES));
    return true;
  }
  const ourEntry = await repo.entry(ours, path);
  if (ourEntry?.oid === theirEntry.oid) return false;
  const where = workspacePathOf(path);
  if (where?.kind !== 'record') return false;
  const theirJson = parseJson(await repo.readBlob(theirs, path, MAX_PULLED_BYTES));
  const ourJson = parseJson(await repo.readBlob(ours, path, MAX_PULLED_BYTES));
  if (theirJson === undefined || ourJson === undefined) {
    out.refused.push({ path, why: 'both sides changed it and one of them is not JSON' });
    return false;
  }
  const baseEntry = base === null ? null : await repo.entry(base, path);
  const baseJson =
    base !== null && baseEntry !== null ? parseJson(await repo.readBlob(base, path, MAX_PULLED_BYTES)) : undefined;
  const { merged, conflicts } = mergeRecordFile(where.record, baseJson, ourJson, theirJson);
  out.changes.set(path, canonicalBytes(merged));
  keepConflict(out, input, {
    path,
    engagementId: where.engagementId,
    record: where.record,
    ourOid: ourEntry?.oid ?? '',
    theirOid: theirEntry.oid,
    conflicts,
    merged,
    json: { base: baseJson, ours: ourJson, theirs: theirJson },
  });
  return true;
}
