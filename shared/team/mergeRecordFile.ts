import { kindOfPath } from '../model/records/recordPaths';
import { readRecord } from '../model/records/recordSchemas';
import { readAt, writeAt } from './jsonPath';
import type { JsonPath } from './jsonValue';
import { mergeRecord, type FieldConflict, type MergeResult } from './mergeJson';
import { brokenRules } from './recordRules';

const covers = (outer: JsonPath, inner: JsonPath) => outer.every((segment, i) => inner[i] === segment);

/**
 * mergeRecord, then the rules of the record's own schema. Two edits each valid can merge
 * into a record that is not: one laptop moved the start date after the end date the other
 * one moved; two people added, each, someone with the same email; each removed a different
 * day of a week's plan (which needs one). For each rule broken, the field it names takes
 * ours' value back and is marked in conflict (ours against theirs, for the user to pick);
 * if the record still breaks a rule (a rule of the whole record), the whole record is one
 * conflict, ours against theirs. A path that names no record kind is merged as it is.
 */
export function mergeRecordFile(recordPath: string, base: unknown, ours: unknown, theirs: unknown): MergeResult {
  const result = mergeRecord(base, ours, theirs);
  const kind = kindOfPath(recordPath);
  if (kind === null || !readRecord(kind, ours).ok || !readRecord(kind, theirs).ok) return result;
  const broken = brokenRules(kind, result.merged).map((rule) => rule.path);
  if (broken.length === 0) return result;

  const whole: MergeResult = { merged: ours, conflicts: [{ path: [], base, ours, theirs }] };
  let merged = result.merged;
  const conflicts: FieldConflict[] = [...result.conflicts];
  for (const path of broken) {
    if (path.length === 0) return whole;
    if (conflicts.some((c) => covers(c.path, path))) continue;
    try {
      merged = writeAt(merged, path, readAt(ours, path));
    } catch {
      return whole;
    }
    conflicts.push({ path, base: readAt(base, path), ours: readAt(ours, path), theirs: readAt(theirs, path) });
  }
  return brokenRules(kind, merged).length === 0 ? { merged, conflicts } : whole;
}
