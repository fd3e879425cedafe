import { CONFLICT_FILE_VERSION, type ConflictField, type ConflictRecord } from './conflictSchema';
import { fieldLabel, type LabelContext } from './conflictLabels';
import type { FieldConflict } from './mergeJson';

export interface ConflictOrigin {
  id: string;
  engagementId: string;
  /** The record's path inside the engagement's folder. */
  record: string;
  /** An ISO time, given by the caller (never read from the clock here). */
  createdAt: string;
  oursBy: string | null;
  theirsBy: string | null;
}

/**
 * The conflict record to keep for a merge's conflicts, each field labelled in the user's
 * words from the merged record (`merged`, which names list items as they are now). A side
 * that deleted a field has no value in it. Check it with ConflictRecordSchema before
 * writing: a conflict past its bounds is refused there, not trimmed here.
 */
export function newConflictRecord(
  origin: ConflictOrigin,
  conflicts: readonly FieldConflict[],
  merged: unknown,
  context: LabelContext = {},
): ConflictRecord {
  const fields = conflicts.map((conflict): ConflictField => {
    const field: ConflictField = {
      path: conflict.path,
      label: fieldLabel(origin.record, conflict.path, merged, context),
    };
    if (conflict.ours !== undefined) field.ours = conflict.ours;
    if (conflict.theirs !== undefined) field.theirs = conflict.theirs;
    return field;
  });
  return { schemaVersion: CONFLICT_FILE_VERSION, ...origin, fields };
}
