/**
 * Small facts about JSON values as record files hold them, shared by the merge, the
 * conflict's labels and its resolution. Values are parsed JSON: no undefined inside,
 * no cycles, no class instances. `undefined` stands for "absent" (a deleted key or item).
 */

/** A path into a record: object keys, and for id-keyed lists the item's id (never its index). */
export type JsonPath = (string | number)[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rich-text note (tiptap JSON, shared/model/note.ts): one value, merged as a whole. */
export function isNoteDoc(value: unknown): value is { type: 'doc'; content: unknown[] } {
  return isPlainObject(value) && value.type === 'doc' && Array.isArray(value.content);
}

/** Deep equality of JSON values; key order does not count (canonical JSON sorts keys). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

/** The value under `key`, or undefined when the object has no such key of its own. */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
