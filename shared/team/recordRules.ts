import { RECORD_BODIES, readRecord, type RecordKind } from '../model/records/recordSchemas';
import { toIdPath } from './jsonPath';
import { isPlainObject, type JsonPath } from './jsonValue';

export interface BrokenRule {
  /** The field the rule names, list items by id; empty for the record as a whole. */
  path: JsonPath;
  message: string;
}

/**
 * The rules of its kind's schema a record file (envelope and all) breaks; none when it
 * is a valid record. Merging and resolving check a result with this before it is written.
 */
export function brokenRules(kind: RecordKind, record: unknown): BrokenRule[] {
  const reading = readRecord(kind, record);
  if (reading.ok) return [];
  const envelope = new Set(['schemaVersion', 'kind']);
  const body = Object.fromEntries(
    Object.entries(isPlainObject(record) ? record : {}).filter(([k]) => !envelope.has(k)),
  );
  const parsed = RECORD_BODIES[kind].safeParse(body);
  // The body is fine, so the envelope is not (see readRecord).
  if (parsed.success) return [{ path: [], message: reading.message }];
  return parsed.error.issues.map((issue) => ({ path: toIdPath(body, issue.path), message: issue.message }));
}
