import type { RequestOf } from '../../../shared/ipc';
import type { ConflictChoice, ConflictView } from '../../../shared/ipc/team';

type ConflictField = ConflictView['fields'][number];

/** The three ways to settle a field, in the order the conflict view offers them. */
export const CHOICE_LABELS: Record<ConflictChoice, string> = {
  ours: 'Keep this laptop’s',
  theirs: 'Keep the team’s',
  both: 'Keep both',
};

/** The choices a field offers: both versions one after the other only where the contract allows it. */
export function choicesOf(field: Pick<ConflictField, 'canKeepBoth'>): ConflictChoice[] {
  return field.canKeepBoth ? ['ours', 'theirs', 'both'] : ['ours', 'theirs'];
}

/** What the user picked so far, by field index; a field not picked yet is absent. */
export type Picks = Readonly<Record<number, ConflictChoice>>;

export type ResolveCheck =
  | { ok: true; request: RequestOf<'team:resolve'> }
  /** The labels of the fields still to choose for, in the view's order. */
  | { ok: false; missing: string[] };

/**
 * The resolve request: one choice per field, in the view's order. Nothing is picked for the
 * user (a conflict is never settled silently), so a field left open is named instead; a
 * "Keep both" on a field that cannot keep both counts as not picked.
 */
export function resolveRequest(conflict: ConflictView, picks: Picks): ResolveCheck {
  const choices: ConflictChoice[] = [];
  const missing: string[] = [];
  conflict.fields.forEach((field, index) => {
    const pick = picks[index];
    if (pick !== undefined && choicesOf(field).includes(pick)) choices.push(pick);
    else missing.push(field.label);
  });
  if (missing.length > 0 || choices.length === 0) return { ok: false, missing };
  return { ok: true, request: { engagementId: conflict.engagementId, conflictId: conflict.id, choices } };
}

/** "Choose a version for Notes and Title." */
export function missingSentence(missing: readonly string[]): string {
  if (missing.length === 0) return 'There is nothing to choose in this conflict.';
  const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1) ?? ''}`;
  return `Choose a version for ${names ?? ''}.`;
}

/** Who made a version: "You" for this laptop's when the author is unknown or is the user. */
export function authorOf(
  by: string | null,
  side: 'ours' | 'theirs',
  me: { name: string; email: string } | null,
): string {
  if (by === null || by.trim() === '') return side === 'ours' ? 'You' : 'A teammate';
  if (me && (by === me.name || by === me.email)) return 'You';
  return by;
}

/** A field's value as text, for the fields that are neither a note nor plain text (a score, a date, a list). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(valueText).join(', ');
  return JSON.stringify(value, null, 2);
}
