import { indexOfItem, itemKeyOf } from './idLists';
import { isPlainObject, ownValue, type JsonPath } from './jsonValue';

/** A path that leads nowhere in the record (the record changed since the conflict was found). */
export class MissingPathError extends Error {}

function child(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) {
    if (typeof segment === 'number') return node[segment];
    const key = itemKeyOf([node]);
    return key ? node[indexOfItem(node, key, segment)] : undefined;
  }
  if (isPlainObject(node) && typeof segment === 'string') return ownValue(node, segment);
  return undefined;
}

/** The value at `path` (list items found by id), or undefined when there is none. */
export function readAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    node = child(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

function withChild(node: unknown, segment: string | number, value: unknown, path: JsonPath): unknown {
  if (isPlainObject(node) && typeof segment === 'string') {
    if (value !== undefined) return { ...node, [segment]: value };
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== segment));
  }
  if (Array.isArray(node)) {
    const list = node as unknown[];
    const key = itemKeyOf(isPlainObject(value) ? [list, [value]] : [list]);
    const index = typeof segment === 'number' ? segment : key ? indexOfItem(list, key, segment) : -1;
    if (index >= 0 && index < list.length) {
      return value === undefined
        ? list.filter((_, i) => i !== index)
        : list.map((item, i) => (i === index ? value : item));
    }
    // An item one side deleted comes back at the end of its list.
    if (typeof segment === 'string' && key && value !== undefined) return [...list, value];
    if (value === undefined) return list;
  }
  throw missing(path);
}

function missing(path: JsonPath): MissingPathError {
  return new MissingPathError(`The record has nothing at ${path.map(String).join(' › ') || 'its top'}.`);
}

function write(node: unknown, path: JsonPath, depth: number, value: unknown): unknown {
  const segment = path[depth];
  if (segment === undefined) return value;
  if (depth === path.length - 1) return withChild(node, segment, value, path);
  const next = child(node, segment);
  if (next === undefined) throw missing(path.slice(0, depth + 1));
  return withChild(node, segment, write(next, path, depth + 1, value), path);
}

/**
 * A copy of `root` with `value` at `path` (undefined deletes the key or the list item);
 * the parts off the path are shared, not copied. Throws MissingPathError when a part of
 * the path before the last is missing.
 */
export function writeAt(root: unknown, path: JsonPath, value: unknown): unknown {
  return write(root, path, 0, value);
}

/** A path with list indexes (as zod's issues give them) turned into item ids where the list has them. */
export function toIdPath(root: unknown, indexPath: readonly PropertyKey[]): JsonPath {
  const path: JsonPath = [];
  let node = root;
  for (const segment of indexPath) {
    if (typeof segment === 'symbol') break;
    const key = Array.isArray(node) && typeof segment === 'number' ? itemKeyOf([node]) : null;
    const next = child(node, segment);
    const id = key && isPlainObject(next) ? next[key] : undefined;
    path.push(typeof id === 'string' ? id : segment);
    node = next;
  }
  return path;
}
