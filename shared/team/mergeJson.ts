import { LOG_KEYS, mergeLog } from './mergeLog';
import { itemKeyOf } from './idLists';
import { isNoteDoc, isPlainObject, jsonEqual, ownValue, type JsonPath } from './jsonValue';
import { mergeIdLists } from './mergeLists';

/**
 * One field both sides changed differently. `undefined` on a side means that side deleted
 * it (a key, or the whole record); `base` is undefined when the field is new on both.
 */
export interface FieldConflict {
  path: JsonPath;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** The merged record; every conflicted field holds ours, so the record stays one ours was. */
  merged: unknown;
  conflicts: FieldConflict[];
}

/** Fields that say when a record was last saved: never a conflict, the later one wins. */
const TIMESTAMP_KEYS = new Set(['updatedAt']);

function later(a: string, b: string): string {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta > tb ? a : b;
  // Unreadable, or the same moment written two ways: the larger string, whichever side it is on.
  return a > b ? a : b;
}

class Merger {
  readonly conflicts: FieldConflict[] = [];

  value(base: unknown, ours: unknown, theirs: unknown, path: JsonPath): unknown {
    if (jsonEqual(ours, theirs)) return ours;
    if (base !== undefined && jsonEqual(base, ours)) return theirs;
    if (base !== undefined && jsonEqual(base, theirs)) return ours;
    if (isPlainObject(ours) && isPlainObject(theirs) && !isNoteDoc(ours) && !isNoteDoc(theirs)) {
      return this.object(isPlainObject(base) && !isNoteDoc(base) ? base : undefined, ours, theirs, path);
    }
    if (Array.isArray(ours) && Array.isArray(theirs)) {
      const baseList = Array.isArray(base) ? (base as unknown[]) : undefined;
      const key = itemKeyOf(baseList ? [baseList, ours, theirs] : [ours, theirs]);
      const merged = key
        ? mergeIdLists(key, baseList, ours, theirs, path, (b, o, t, p) => this.value(b, o, t, p))
        : null;
      if (merged) return merged;
    }
    return this.conflict(base, ours, theirs, path);
  }

  private conflict(base: unknown, ours: unknown, theirs: unknown, path: JsonPath): unknown {
    this.conflicts.push({ path, base, ours, theirs });
    return ours;
  }

  private timestamp(base: unknown, ours: unknown, theirs: unknown, path: JsonPath): unknown {
    const changedOnBoth = base === undefined || (!jsonEqual(base, ours) && !jsonEqual(base, theirs));
    if (!changedOnBoth || jsonEqual(ours, theirs)) return this.value(base, ours, theirs, path);
    if (typeof ours === 'string' && typeof theirs === 'string') return later(ours, theirs);
    // Saved on one side, never saved (null) on the other: the saved one.
    if (typeof ours === 'string' && theirs === null) return ours;
    if (typeof theirs === 'string' && ours === null) return theirs;
    return this.value(base, ours, theirs, path);
  }

  /**
   * Key by key. A key on one side only was added there (kept) or deleted by the other side:
   * deleted when this side left it as it was, a conflict when this side changed it.
   */
  private object(
    base: Record<string, unknown> | undefined,
    ours: Record<string, unknown>,
    theirs: Record<string, unknown>,
    path: JsonPath,
  ): Record<string, unknown> {
    const merged: Record<string, unknown> = {};
    const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((key) => !Object.hasOwn(ours, key))];
    for (const key of keys) {
      const [b, o, t] = [base ? ownValue(base, key) : undefined, ownValue(ours, key), ownValue(theirs, key)];
      const at = [...path, key];
      let value: unknown;
      if (o !== undefined && t !== undefined) {
        value = TIMESTAMP_KEYS.has(key)
          ? this.timestamp(b, o, t, at)
          : LOG_KEYS.has(key) && Array.isArray(o) && Array.isArray(t)
            ? mergeLog(o, t)
            : this.value(b, o, t, at);
      } else {
        const present = o !== undefined ? o : t;
        if (b === undefined) value = present;
        else if (jsonEqual(b, present)) value = undefined;
        // Deleted on one side, changed on the other: merged keeps ours (present or not).
        else value = this.conflict(b, o, t, at);
      }
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
}

/**
 * Merges two edits of one record (parsed JSON) made from a common base, field by field:
 *
 * - both sides equal: that value; one side as the base was: the other side;
 * - objects: key by key (see Merger.object);
 * - lists whose items all carry a unique `id` (or, for goal scores, `goalId`): item by
 *   item (./mergeLists.ts); an item deleted on one side and edited on the other is kept,
 *   edited, with no conflict;
 * - rich-text notes, text, numbers, true/false, null and other lists are single values:
 *   changed differently on both sides, they are a conflict (merged holds ours);
 * - `updatedAt` takes the later time and is never a conflict;
 * - a mail log keeps every laptop's entries (./mergeLog.ts), never a conflict.
 *
 * `base` undefined: the record is new on both sides (a two-way merge: nothing deleted).
 * `ours` or `theirs` undefined: that side deleted the record.
 * Deterministic; mergeRecord(base, x, x) is x with no conflicts; swapping ours and theirs
 * changes only the conflicted fields (which then hold the other side).
 */
export function mergeRecord(base: unknown, ours: unknown, theirs: unknown): MergeResult {
  const merger = new Merger();
  const merged = merger.value(base, ours, theirs, []);
  return { merged, conflicts: merger.conflicts };
}
