import fs from 'node:fs';
import path from 'node:path';
import type { ConflictChoice, ConflictView } from '../../shared/ipc/team';
import { kindOfPath } from '../../shared/model/records/recordPaths';
import { readRecord } from '../../shared/model/records/recordSchemas';
import { describeRecord } from '../../shared/model/records/recordWords';
import { ConflictRecordSchema, type ConflictRecord } from '../../shared/team/conflictSchema';
import { canKeepBoth, resolveConflict } from '../../shared/team/resolveConflict';
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

/**
 * Applies the user's choices to the record in the work tree and removes the conflict file.
 * The caller has saved the engagement first, and reads it again after.
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
  const recordFile = path.join(workspaceDir, WORKSPACE_ENGAGEMENTS, engagementId, ...conflict.record.split('/'));
  let current: unknown;
  try {
    current = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as unknown;
  } catch (error) {
    throw new AppError(
      'storage',
      `The record in conflict could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  let resolved: unknown;
  try {
    resolved = resolveConflict(current, conflict, choices);
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
  const temp = `${recordFile}.tmp-resolve-${process.pid}`;
  fs.writeFileSync(temp, canonicalBytes(resolved), { mode: 0o644 });
  fs.renameSync(temp, recordFile);
  fs.rmSync(conflictFile, { force: true });
  return { record: conflict.record };
}
