import { LOG_KEYS } from '../../../../shared/team/mergeLog';
import { itemKeyOf } from '../../../../shared/team/idLists';
import { readAt } from '../../../../shared/team/jsonPath';
import { isNoteDoc, isPlainObject, jsonEqual, type JsonPath } from '../../../../shared/team/jsonValue';
import type { FieldConflict, MergeResult } from '../../../../shared/team/mergeJson';

/**
 * The fields of a record as the merge sees them, over several versions of it: object keys
 * and id-named list items are walked into; a note, a scalar and any other list is one field.
 * `nodes` holds every path walked (fields and what holds them); `lists` the id-named lists.
 */
export interface Fields {
  leaves: JsonPath[];
  nodes: JsonPath[];
  lists: JsonPath[];
}

export function fieldsOf(versions: readonly unknown[]): Fields {
  const fields: Fields = { leaves: [], nodes: [], lists: [] };
  const walk = (path: JsonPath) => {
    fields.nodes.push(path);
    const values = versions.map((v) => readAt(v, path)).filter((v) => v !== undefined);
    if (values.every((v) => isPlainObject(v) && !isNoteDoc(v))) {
      const keys = new Set(values.flatMap((v) => Object.keys(v as object)));
      for (const key of [...keys].sort()) walk([...path, key]);
      return;
    }
    const lists = values.every(Array.isArray) ? (values as unknown[][]) : null;
    const key = lists ? itemKeyOf(lists) : null;
    if (!lists || !key) {
      fields.leaves.push(path);
      return;
    }
    fields.lists.push(path);
    const ids = new Set(lists.flatMap((list) => list.map((item) => (item as Record<string, string>)[key] as string)));
    for (const id of [...ids].sort()) walk([...path, id]);
  };
  walk([]);
  return fields;
}

const covering = (conflicts: readonly FieldConflict[], path: JsonPath) =>
  conflicts.filter((c) => c.path.every((segment, i) => path[i] === segment));

/** The value a side had at `path`, as the conflict keeps it. */
const sideIn = (c: FieldConflict, side: 'ours' | 'theirs', path: JsonPath) =>
  readAt(c[side], path.slice(c.path.length));

/** The later of two save times; a time is later than never (null). */
const later = (a: unknown, b: unknown) => {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};

/**
 * (a) No edit lost: a field only one side changed (the other side left it alone, or
 * deleted it or what holds it) holds that side's value in the merged record, or a
 * conflict covering it keeps that value. A field or item only one side
 * deleted (the other leaving it as it was) is gone, or kept by a conflict.
 * (b) A field both sides changed differently is in a conflict that keeps both values
 * (updatedAt aside: it takes the later time).
 * Returns what broke, in words, for the test to show.
 */
export function lostOrHidden(base: unknown, ours: unknown, theirs: unknown, result: MergeResult): string[] {
  const problems: string[] = [];
  const { leaves, nodes } = fieldsOf([base, ours, theirs]);
  const at = (v: unknown, p: JsonPath) => readAt(v, p);
  for (const path of leaves) {
    const [b, o, t, m] = [at(base, path), at(ours, path), at(theirs, path), at(result.merged, path)];
    if (LOG_KEYS.has(String(path.at(-1))) && Array.isArray(o) && Array.isArray(t)) {
      // A log keeps every entry of both sides (one per event, in its further state): never a conflict.
      const times = new Set((Array.isArray(m) ? m : []).map((e) => JSON.stringify((e as { at?: unknown }).at)));
      for (const e of [...(o as unknown[]), ...(t as unknown[])]) {
        if (!times.has(JSON.stringify((e as { at?: unknown }).at)))
          problems.push(`lost a log entry at ${JSON.stringify(path)}`);
      }
      continue;
    }
    const conflicts = covering(result.conflicts, path);
    const changed = [!jsonEqual(o, b), !jsonEqual(t, b)];
    for (const [side, value, otherValue, otherChanged] of [
      ['ours', o, t, changed[1]],
      ['theirs', t, o, changed[0]],
    ] as const) {
      // Changed here, and there left alone or deleted (the field, or what holds it).
      const onlyThisSide = !jsonEqual(value, b) && (!otherChanged || otherValue === undefined);
      const kept = jsonEqual(m, value) || conflicts.some((c) => jsonEqual(sideIn(c, side, path), value));
      if (onlyThisSide && value !== undefined && !kept) problems.push(`lost ${side}' ${JSON.stringify(path)}`);
    }
    if (changed[0] && changed[1] && o !== undefined && t !== undefined && !jsonEqual(o, t)) {
      if (path.at(-1) === 'updatedAt' && (typeof o === 'string' || typeof t === 'string')) {
        const ownConflict = result.conflicts.some((c) => jsonEqual(c.path, path));
        if (ownConflict || (!jsonEqual(m, later(o, t)) && conflicts.length === 0))
          problems.push(`updatedAt not the later one`);
      } else if (
        !conflicts.some((c) => jsonEqual(sideIn(c, 'ours', path), o) && jsonEqual(sideIn(c, 'theirs', path), t))
      ) {
        problems.push(`no conflict for ${JSON.stringify(path)}`);
      }
    }
  }
  for (const path of nodes) {
    const [b, o, t, m] = [at(base, path), at(ours, path), at(theirs, path), at(result.merged, path)];
    // Where a deletion was made (the parent is still there on that side), not inside what it deleted.
    const parent = path.slice(0, -1);
    const deletedHere = (side: unknown, value: unknown, other: unknown) =>
      value === undefined && path.length > 0 && at(side, parent) !== undefined && jsonEqual(other, b);
    const deletedOnOneSide = b !== undefined && (deletedHere(ours, o, t) || deletedHere(theirs, t, o));
    if (deletedOnOneSide && m !== undefined && covering(result.conflicts, path).length === 0) {
      problems.push(`deletion lost at ${JSON.stringify(path)}`);
    }
  }
  return problems;
}

/**
 * (c) merge(base, a, b) and merge(base, b, a) find the same conflicts, each with its
 * sides swapped, and their merged records differ only inside them: values and the
 * order of id-named lists alike.
 */
export function asymmetries(forward: MergeResult, backward: MergeResult): string[] {
  const problems: string[] = [];
  const key = (c: FieldConflict) => JSON.stringify(c.path);
  const swapped = new Map(backward.conflicts.map((c) => [key(c), c]));
  for (const c of forward.conflicts) {
    const other = swapped.get(key(c));
    if (!other || !jsonEqual(c.ours, other.theirs) || !jsonEqual(c.theirs, other.ours)) {
      problems.push(`conflict ${key(c)} not found swapped`);
    }
  }
  if (forward.conflicts.length !== backward.conflicts.length) problems.push('not the same number of conflicts');
  const { leaves, lists } = fieldsOf([forward.merged, backward.merged]);
  const uncovered = (path: JsonPath) =>
    covering(forward.conflicts, path).length === 0 && covering(backward.conflicts, path).length === 0;
  for (const path of leaves) {
    if (uncovered(path) && !jsonEqual(readAt(forward.merged, path), readAt(backward.merged, path))) {
      problems.push(`differs at ${JSON.stringify(path)}`);
    }
  }
  for (const path of lists) {
    const order = (v: unknown) => {
      const list = readAt(v, path) as unknown[];
      const k = itemKeyOf([list]);
      return k ? list.map((item) => (item as Record<string, unknown>)[k]) : list;
    };
    if (uncovered(path) && !jsonEqual(order(forward.merged), order(backward.merged))) {
      problems.push(`order differs at ${JSON.stringify(path)}`);
    }
  }
  return problems;
}
