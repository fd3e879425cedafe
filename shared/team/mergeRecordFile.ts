import { kindOfPath } from '../model/records/recordPaths';
import { readRecord } from '../model/records/recordSchemas';
import { readAt, writeAt } from './jsonPath';
import { jsonEqual, type JsonPath } from './jsonValue';
import { mergeRecord, type FieldConflict, type MergeResult } from './mergeJson';
import { brokenRules } from './recordRules';

const covers = (outer: JsonPath, inner: JsonPath) => outer.every((segment, i) => inner[i] === segment);

/**
 * mergeRecord, then the rules of the record's own schema. Two edits each valid can merge
 * into a record that is not: one laptop moved the start date after the end date the other
 * one moved; two people each added someone with the same email; each removed a different
 * day of a week's plan (which needs one).
 *
 * For each rule broken, the field it names goes back to its base value (the value of the
 * side that did not change it) and is marked in conflict, ours against theirs, for the
 * user to pick: the one-sided change is kept in the conflict, not lost. Going back to the
 * base, not to ours, gives the same record whichever side is "ours". When that does not
 * make the record valid (the field is not one a side changed, or the rule is the whole
 * record's), the whole record is one conflict, ours against theirs, and holds ours.
 * Records that were not valid on both sides, and paths that name no record, are merged
 * as mergeRecord merges them.
 */
export function mergeRecordFile(recordPath: string, base: unknown, ours: unknown, theirs: unknown): MergeResult {
  const result = mergeRecord(base, ours, theirs);
  const kind = kindOfPath(recordPath);
  if (kind === null || !readRecord(kind, ours).ok || !readRecord(kind, theirs).ok) return result;
  const broken = brokenRules(kind, result.merged).map((rule) => rule.path);
  if (broken.length === 0) return result;

  const whole: MergeResult = { merged: ours, conflicts: [{ path: [], base, ours, theirs }] };
  let merged = result.merged;
  let conflicts: FieldConflict[] = [...result.conflicts];
  for (const path of broken) {
    if (conflicts.some((c) => covers(c.path, path))) continue;
    const before = readAt(base, path);
    if (path.length === 0 || before === undefined || jsonEqual(before, readAt(merged, path))) return whole;
    try {
      merged = writeAt(merged, path, before);
    } catch {
      return whole;
    }
    // The field as a whole is the conflict now: conflicts inside it would write over the choice.
    conflicts = conflicts.filter((c) => !covers(path, c.path));
    conflicts.push({ path, base: before, ours: readAt(ours, path), theirs: readAt(theirs, path) });
  }
  return brokenRules(kind, merged).length === 0 ? { merged, conflicts } : whole;
}
