import fs from 'node:fs';
import path from 'node:path';
import type { ConflictChoice, ConflictView } from '../../shared/ipc/team';
import type { EngagementFile } from '../../shared/model/files';
import { kindOfPath, retroPath } from '../../shared/model/records/recordPaths';
import { recordSources } from '../../shared/model/records/splitEngagement';
import { readRecord } from '../../shared/model/records/recordSchemas';
import { describeRecord } from '../../shared/model/records/recordWords';
import { ConflictRecordSchema, type ConflictRecord } from '../../shared/team/conflictSchema';
import { canKeepBoth, resolveConflict, withCurrentOurs } from '../../shared/team/resolveConflict';
import { MAX_PULLED_BYTES, WORKSPACE_CONFLICTS, WORKSPACE_ENGAGEMENTS } from '../../shared/team/workspacePaths';
import { canonicalBytes } from '../storage/canonicalJson';
import { AppError } from '../services/errors';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** The conflicts a workspace holds (conflicts/<engagementId>/<id>.json); unreadable ones are skipped. */
export function readConflicts(workspaceDir: string): ConflictRecord[] {
  const root = path.join(workspaceDir, WORKSPACE_CONFLICTS);
  const out: ConflictRecord[] = [];
  for (const engagementId of safeList(root)) {
    if (!ID_RE.test(engagementId)) continue;
    for (const name of safeList(path.join(root, engagementId))) {
      const conflict = readConflict(path.join(root, engagementId, name));
      if (conflict && conflict.engagementId === engagementId && `${conflict.id}.json` === name) out.push(conflict);
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function readConflict(file: string): ConflictRecord | null {
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size > MAX_PULLED_BYTES) return null;
    const parsed = ConflictRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function titleOf(words: string): string {
  const bare = words.replace(/^the /i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function kindOf(ours: unknown, theirs: unknown): ConflictView['fields'][number]['kind'] {
  const isDoc = (v: unknown) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';
  if (isDoc(ours) || isDoc(theirs)) return 'note';
  if (typeof ours === 'string' || typeof theirs === 'string') return 'text';
  return 'value';
}

/** A conflict as the view shows it; `you` is this laptop's user, named "You". */
export function conflictView(conflict: ConflictRecord, engagementName: string, you: string | null): ConflictView {
  const who = (name: string | null) => (name !== null && name === you ? 'You' : name);
  return {
    id: conflict.id,
    engagementId: conflict.engagementId,
    engagementName,
    // A title, not a sentence: "Retro of 11 Feb 2027" (describeRecord says "The retro of …").
    recordLabel: titleOf(describeRecord(conflict.record)),
    createdAt: conflict.createdAt,
    oursBy: who(conflict.oursBy),
    theirsBy: who(conflict.theirsBy),
    fields: conflict.fields.map((f) => ({
      label: f.label,
      kind: kindOf(f.ours, f.theirs),
      ours: f.ours,
      theirs: f.theirs,
      canKeepBoth: canKeepBoth(f.ours, f.theirs),
    })),
  };
}

const RETRO_FILE_RE = /^retros\/\d{4}-\d{2}-\d{2}-([A-Za-z0-9_-]{1,64})\.json$/;

/**
 * The record's path in its engagement's folder now: the conflict's, or for a retro that
 * moved to another date since the conflict was found, the file that holds that retro.
 */
function recordPathNow(workspaceDir: string, conflict: ConflictRecord): string {
  const folder = path.join(workspaceDir, WORKSPACE_ENGAGEMENTS, conflict.engagementId);
  const retroId = RETRO_FILE_RE.exec(conflict.record)?.[1];
  if (retroId === undefined || fs.existsSync(path.join(folder, ...conflict.record.split('/')))) return conflict.record;
  const moved = safeList(path.join(folder, 'retros')).find((name) => name.endsWith(`-${retroId}.json`));
  return moved === undefined ? conflict.record : `retros/${moved}`;
}

function readRecordNow(workspaceDir: string, conflict: ConflictRecord, record: string): unknown {
  const file = path.join(workspaceDir, WORKSPACE_ENGAGEMENTS, conflict.engagementId, ...record.split('/'));
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

/**
 * The conflict as it stands now: each field's own side as the engagement in memory holds it
 * (withCurrentOurs), so the view shows, and a choice keeps, what the field holds today, not
 * what it held when the conflict was found. As recorded when the record is not there.
 */
export function currentConflict(
  conflict: ConflictRecord,
  engagements: { readDoc(id: string): Readonly<EngagementFile> },
): ConflictRecord {
  let doc: Readonly<EngagementFile>;
  try {
    doc = engagements.readDoc(conflict.engagementId);
  } catch {
    return conflict;
  }
  const retroId = RETRO_FILE_RE.exec(conflict.record)?.[1];
  const moved = doc.retro.retros.find((r) => r.id === retroId);
  const record = recordSources(doc)
    .get(moved ? retroPath(moved) : conflict.record)
    ?.build();
  return record === undefined ? conflict : withCurrentOurs(conflict, record);
}

/**
 * Applies the user's choices to the record in the work tree (its own side as it is now,
 * see currentConflict) and removes the conflict file. A retro whose date the choice
 * changes moves to the file its new date names. The caller has saved the engagement
 * first, and reads it again after.
 */
export function applyResolution(
  workspaceDir: string,
  engagementId: string,
  conflictId: string,
  choices: ConflictChoice[],
): { record: string } {
  const conflictFile = path.join(workspaceDir, WORKSPACE_CONFLICTS, engagementId, `${conflictId}.json`);
  const conflict = readConflict(conflictFile);
  if (!conflict || conflict.engagementId !== engagementId) {
    throw new AppError('not-found', 'That conflict is no longer there: it may have been resolved on another laptop.');
  }
  if (choices.length !== conflict.fields.length) {
    throw new AppError('invalid-payload', `Choose a version for each of the ${conflict.fields.length} fields.`);
  }
  const record = recordPathNow(workspaceDir, conflict);
  const folder = path.join(workspaceDir, WORKSPACE_ENGAGEMENTS, engagementId);
  let current: unknown;
  try {
    current = readRecordNow(workspaceDir, conflict, record);
  } catch (error) {
    throw new AppError(
      'storage',
      `The record in conflict could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  let resolved: unknown;
  try {
    resolved = resolveConflict(current, withCurrentOurs(conflict, current), choices);
  } catch (error) {
    throw new AppError('invalid-payload', error instanceof Error ? error.message : String(error));
  }
  const kind = kindOfPath(conflict.record);
  const check = kind === null ? null : readRecord(kind, resolved);
  if (!check?.ok) {
    throw new AppError(
      'invalid-payload',
      `That choice does not make a valid record (${check?.message ?? 'unknown record'}); choose another.`,
    );
  }
  const target = kind === 'retro' ? retroPath(check.body as { date: string; id: string }) : record;
  const targetFile = path.join(folder, ...target.split('/'));
  const temp = `${targetFile}.tmp-resolve-${process.pid}`;
  fs.writeFileSync(temp, canonicalBytes(resolved), { mode: 0o644 });
  fs.renameSync(temp, targetFile);
  if (target !== record) fs.rmSync(path.join(folder, ...record.split('/')), { force: true });
  fs.rmSync(conflictFile, { force: true });
  return { record: target };
}
