import { createHash } from 'node:crypto';
import { ConflictRecordSchema, conflictPath, type ConflictRecord } from '../../shared/team/conflictSchema';
import type { MergeResult } from '../../shared/team/mergeJson';
import { mergeRecordFile } from '../../shared/team/mergeRecordFile';
import { newConflictRecord } from '../../shared/team/newConflictRecord';
import { isPlainFileMode, MAX_PULLED_BYTES, WORKSPACE_ENGAGEMENTS, workspacePathOf } from '../../shared/team/workspacePaths';
import { canonicalBytes } from '../storage/canonicalJson';
import { mergeMovedRetro, movedRetros } from './movedRetros';

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

function refusal(path: string, mode: string, size: number | null): string | null {
  if (workspacePathOf(path) === null) return 'it is not a file Aux Desk keeps in a workspace';
  if (mode !== '000000' && !isPlainFileMode(mode)) return 'it is a link or a submodule, not a plain file';
  if (size !== null && size > MAX_PULLED_BYTES) return `it is larger than ${MAX_PULLED_BYTES / 1024 / 1024} MB`;
  return null;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Same inputs, same id, on every laptop: two laptops merging the same pair write one conflict file. */
function conflictIdOf(path: string, ours: string, theirs: string): string {
  const [a, b] = [ours, theirs].sort();
  return createHash('sha256').update(`${path}\n${a}\n${b}`).digest('hex').slice(0, 32);
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
  const handled = await mergeMoved(repo, input, ourList, theirList, out);
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
  if (conflicts.length > 0) {
    keepConflict(out, input, { engagementId: where.engagementId, record: where.record }, { conflicts, merged }, [
      ourEntry?.oid ?? '',
      theirEntry.oid,
    ]);
  }
  return true;
}

/** Keeps a record's conflicts in a conflict file (the same id on every laptop that merges the same pair). */
function keepConflict(
  out: TreeMerge,
  input: MergeInput,
  at: { engagementId: string; record: string },
  result: MergeResult,
  oids: [string, string],
): void {
  const path = `${WORKSPACE_ENGAGEMENTS}/${at.engagementId}/${at.record}`;
  const id = conflictIdOf(path, oids[0], oids[1]);
  const origin = {
    id,
    engagementId: at.engagementId,
    record: at.record,
    createdAt: input.now.toISOString(),
    oursBy: input.oursBy,
    theirsBy: input.theirsBy,
  };
  let conflict = newConflictRecord(origin, result.conflicts, result.merged);
  // Past its bounds (a huge note on both sides): the whole record is the one field, ours against theirs.
  if (!ConflictRecordSchema.safeParse(conflict).success) {
    const whole = result.conflicts[0];
    conflict = newConflictRecord(
      origin,
      [{ path: [], base: undefined, ours: whole?.ours, theirs: whole?.theirs }],
      result.merged,
    );
  }
  out.conflicts.push(conflict);
  out.changes.set(conflictPath(at.engagementId, id), canonicalBytes(conflict));
}

/** Retros a side moved to another date, merged by id (./movedRetros.ts); returns the paths they cover. */
async function mergeMoved(
  repo: TreeSource,
  input: MergeInput,
  ourList: readonly { path: string; status: 'A' | 'M' | 'D'; mode: string }[],
  theirList: readonly { path: string; status: 'A' | 'M' | 'D'; mode: string }[],
  out: TreeMerge,
): Promise<Set<string>> {
  const handled = new Set<string>();
  for (const moved of movedRetros(ourList, theirList)) {
    const theirs = theirList.filter((c) => moved.paths.has(c.path));
    const refused = await Promise.all(
      theirs.map(async (c) =>
        refusal(c.path, c.mode, c.status === 'D' ? null : ((await repo.entry(input.theirs, c.path))?.size ?? null)),
      ),
    );
    if (refused.some((why) => why !== null)) continue;
    const result = await mergeMovedRetro(repo, input, moved);
    if (!result) continue;
    for (const path of moved.paths) handled.add(path);
    for (const [path, bytes] of result.changes) out.changes.set(path, bytes);
    const engagementId = moved.key.split('/')[0] ?? '';
    out.engagementIds.add(engagementId);
    if (result.merged.conflicts.length > 0) {
      keepConflict(out, input, { engagementId, record: result.record }, result.merged, [
        `${moved.key}:ours`,
        `${moved.key}:theirs`,
      ]);
    }
  }
  return handled;
}
