import { createHash } from 'node:crypto';
import { ConflictRecordSchema, conflictPath } from '../../shared/team/conflictSchema';
import type { FieldConflict } from '../../shared/team/mergeJson';
import { newConflictRecord } from '../../shared/team/newConflictRecord';
import { canonicalBytes } from '../storage/canonicalJson';
import type { MergeInput, TreeMerge } from './mergeTrees';

/** Same inputs, same id, on every laptop: two laptops merging the same pair write one conflict file. */
function conflictIdOf(path: string, ours: string, theirs: string): string {
  const [a, b] = [ours, theirs].sort();
  return createHash('sha256').update(`${path}\n${a}\n${b}`).digest('hex').slice(0, 32);
}

/** One record's merge that left fields in conflict: where it is, both sides' blobs, and the values. */
export interface RecordConflicts {
  /** The record's path in the workspace, and in its engagement's folder. */
  path: string;
  engagementId: string;
  record: string;
  ourOid: string;
  theirOid: string;
  conflicts: FieldConflict[];
  merged: unknown;
  json: { base: unknown; ours: unknown; theirs: unknown };
}

/**
 * Keeps a merge's conflicts in the workspace (conflicts/<engagementId>/<id>.json), beside
 * the merged record. Past its bounds (a huge note on both sides), the whole record is the
 * one field, ours against theirs.
 */
export function keepConflict(out: TreeMerge, input: MergeInput, found: RecordConflicts): void {
  if (found.conflicts.length === 0) return;
  const id = conflictIdOf(found.path, found.ourOid, found.theirOid);
  const origin = {
    id,
    engagementId: found.engagementId,
    record: found.record,
    createdAt: input.now.toISOString(),
    oursBy: input.oursBy,
    theirsBy: input.theirsBy,
  };
  let conflict = newConflictRecord(origin, found.conflicts, found.merged);
  if (!ConflictRecordSchema.safeParse(conflict).success) {
    const { base, ours, theirs } = found.json;
    conflict = newConflictRecord(origin, [{ path: [], base, ours, theirs }], found.merged);
  }
  out.conflicts.push(conflict);
  out.changes.set(conflictPath(found.engagementId, id), canonicalBytes(conflict));
}
