import { kindOfPath } from '../model/records/recordPaths';
import type { ConflictRecord } from './conflictSchema';
import { fieldLabel } from './conflictLabels';
import { MissingPathError, readAt, writeAt } from './jsonPath';
import { canKeepBoth, keepBoth } from './keepBoth';
import { brokenRules } from './recordRules';

export { canKeepBoth } from './keepBoth';

/** Per field of a conflict: keep ours, keep theirs, or keep both (ours, then theirs). */
export type ConflictChoice = 'ours' | 'theirs' | 'both';

/** A choice that cannot be made: the message says why, in words the conflict view can show. */
export class ConflictChoiceError extends Error {}

function chosen(field: ConflictRecord['fields'][number], choice: ConflictChoice): unknown {
  switch (choice) {
    case 'ours':
      return field.ours;
    case 'theirs':
      return field.theirs;
    case 'both':
      if (!canKeepBoth(field.ours, field.theirs)) {
        throw new ConflictChoiceError(`${field.label}: only two notes or two texts can be kept both. Pick one.`);
      }
      return keepBoth(field.ours, field.theirs);
  }
}

/**
 * The conflict with each field's `ours` as `record` holds it now. The record keeps ours in
 * a conflicted field, and this laptop may have edited the field since the conflict was
 * found (typed on in the note, resolved another conflict of it): that value, not the one
 * recorded then, is what keeping ours keeps and what the view shows, so that no choice
 * replaces a value the user was not shown.
 */
export function withCurrentOurs(conflict: ConflictRecord, record: unknown): ConflictRecord {
  return {
    ...conflict,
    fields: conflict.fields.map((field) => {
      const now = readAt(record, field.path);
      const rest = { ...field };
      delete rest.ours;
      return now === undefined ? rest : { ...rest, ours: now };
    }),
  };
}

/**
 * The record with the user's choices written in: `choices[i]` for `conflict.fields[i]`,
 * at its path (list items by id; an absent side deletes the field; an item one side had
 * deleted comes back at the end of its list). When the record was valid, the result must
 * be too: a choice that breaks one of its rules (an end date before the start date, a
 * text past its length) throws a ConflictChoiceError naming the field and the rule.
 */
export function resolveConflict(record: unknown, conflict: ConflictRecord, choices: ConflictChoice[]): unknown {
  if (choices.length !== conflict.fields.length) {
    throw new ConflictChoiceError(
      `The conflict has ${conflict.fields.length} fields to choose for, and ${choices.length} choices were given.`,
    );
  }
  let resolved = record;
  conflict.fields.forEach((field, i) => {
    const value = chosen(field, choices[i] ?? 'ours');
    try {
      resolved = writeAt(resolved, field.path, value);
    } catch (error) {
      if (!(error instanceof MissingPathError)) throw error;
      throw new ConflictChoiceError(`${field.label}: it is no longer in the record (deleted since).`);
    }
  });
  const kind = kindOfPath(conflict.record);
  if (kind === null || brokenRules(kind, record).length > 0) return resolved;
  const [broken] = brokenRules(kind, resolved);
  if (broken) {
    const label = fieldLabel(conflict.record, broken.path, resolved);
    throw new ConflictChoiceError(`${label}: ${broken.message} Choose differently for this field.`);
  }
  return resolved;
}
