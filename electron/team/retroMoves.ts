import { retroPath } from '../../shared/model/records/recordPaths';
import { readRecord } from '../../shared/model/records/recordSchemas';
import { mergeRecordFile } from '../../shared/team/mergeRecordFile';
import { MAX_PULLED_BYTES, WORKSPACE_ENGAGEMENTS } from '../../shared/team/workspacePaths';
import { canonicalBytes } from '../storage/canonicalJson';
import type { GitChange } from './gitTrees';
import { keepConflict } from './keptConflict';
import type { MergeInput, TreeMerge, TreeSource } from './mergeTrees';
import { parseJson, refusal } from './pulledFiles';

const RETRO_FILE = /^engagements\/([A-Za-z0-9_-]{1,64})\/retros\/\d{4}-\d{2}-\d{2}-([A-Za-z0-9_-]{1,64})\.json$/;

/** A retro both sides changed, and one of them moved to another day: its file in each tree. */
export interface MovedRetro {
  engagementId: string;
  base: string | null;
  ours: string;
  theirs: string;
  /** Every path of the retro either side changed: merged as one record here, not file by file. */
  paths: Set<string>;
}

interface SideOfRetro {
  /** Where the side has the retro now (added or changed). */
  now: string[];
  /** Paths that were in the base (changed or deleted). */
  inBase: string[];
}

function byRetro(changes: GitChange[]): Map<string, SideOfRetro> {
  const out = new Map<string, SideOfRetro>();
  for (const change of changes) {
    const match = RETRO_FILE.exec(change.path);
    if (!match) continue;
    const key = `${match[1]}/${match[2]}`;
    const side = out.get(key) ?? { now: [], inBase: [] };
    if (change.status !== 'D') side.now.push(change.path);
    if (change.status !== 'A') side.inBase.push(change.path);
    out.set(key, side);
  }
  return out;
}

/**
 * The retros both sides changed where at least one moved the retro to another day. A retro's
 * file is named by its date, so to git a move is a deleted file and a new one: merged file by
 * file, the other side's edit of the old file would come back beside the moved one, and two
 * files would hold one retro (the one edited last then hides the other's changes). A side
 * that removed the retro without a new file, or holds it twice, is left to the file merge.
 */
export function movedRetros(ourChanges: GitChange[], theirChanges: GitChange[]): MovedRetro[] {
  const ours = byRetro(ourChanges);
  const theirs = byRetro(theirChanges);
  const moved: MovedRetro[] = [];
  for (const [key, our] of ours) {
    const their = theirs.get(key);
    if (!their) continue;
    const base = [...our.inBase, ...their.inBase][0] ?? null;
    const now = (side: SideOfRetro) => (side.now.length === 0 ? null : side.now.length === 1 ? side.now[0] : null);
    const [ourPath, theirPath] = [now(our), now(their)];
    if (!ourPath || !theirPath || (ourPath === base && theirPath === base)) continue;
    const paths = new Set([...our.now, ...our.inBase, ...their.now, ...their.inBase]);
    moved.push({ engagementId: key.split('/')[0] ?? '', base, ours: ourPath, theirs: theirPath, paths });
  }
  return moved;
}

/**
 * Merges a moved retro as one record, from its base (at its old day) to ours and theirs
 * (each where that side has it): field by field, as any record, the date among the fields.
 * The result is written where its date names it, and ours' file removed when that differs.
 */
export async function mergeMovedRetro(
  repo: TreeSource,
  input: MergeInput & { ours: string },
  retro: MovedRetro,
  out: TreeMerge,
): Promise<void> {
  const { base, ours, theirs } = input;
  const theirEntry = await repo.entry(theirs, retro.theirs);
  if (!theirEntry) return;
  const why = refusal(retro.theirs, theirEntry.mode, theirEntry.size);
  if (why !== null) {
    out.refused.push({ path: retro.theirs, why });
    return;
  }
  const ourEntry = await repo.entry(ours, retro.ours);
  if (retro.ours === retro.theirs && ourEntry?.oid === theirEntry.oid) return;
  const read = async (commit: string, path: string) => parseJson(await repo.readBlob(commit, path, MAX_PULLED_BYTES));
  const [ourJson, theirJson] = [await read(ours, retro.ours), await read(theirs, retro.theirs)];
  if (ourJson === undefined || theirJson === undefined) {
    out.refused.push({ path: retro.theirs, why: 'both sides changed it and one of them is not JSON' });
    return;
  }
  const baseJson = base !== null && retro.base !== null ? await read(base, retro.base) : undefined;
  const folder = `${WORKSPACE_ENGAGEMENTS}/${retro.engagementId}/`;
  const { merged, conflicts } = mergeRecordFile(retro.ours.slice(folder.length), baseJson, ourJson, theirJson);
  const reading = readRecord('retro', merged);
  const record = reading.ok ? retroPath(reading.body) : retro.ours.slice(folder.length);
  const path = `${folder}${record}`;
  out.changes.set(path, canonicalBytes(merged));
  if (path !== retro.ours) out.changes.set(retro.ours, null);
  out.engagementIds.add(retro.engagementId);
  keepConflict(out, input, {
    path,
    engagementId: retro.engagementId,
    record,
    ourOid: ourEntry?.oid ?? '',
    theirOid: theirEntry.oid,
    conflicts,
    merged,
    json: { base: baseJson, ours: ourJson, theirs: theirJson },
  });
}
