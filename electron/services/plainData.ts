/** What the router says about a payload that is not plain data: where, and what it found. */
export interface NotPlain {
  path: PropertyKey[];
  message: string;
}

interface Frame {
  value: unknown;
  parent: Frame | null;
  key: PropertyKey | null;
  /** Set on the marker pushed after an object's children: leaving it takes it off the path. */
  leaving?: true;
}

const PLAIN = 'Expected plain data (an object, a list, text, a number or true/false)';

function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let f: Frame | null = frame; f?.key != null; f = f.parent) path.unshift(f.key);
  return path;
}

/** "a Map", "an ArrayBuffer": what the renderer sent instead of plain data. */
function named(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const name =
    tag === 'Object'
      ? (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name || 'object'
      : tag;
  // "a Uint8Array": U sounds like "you".
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * Where `payload` holds something other than plain data, or null when it is all plain
 * objects (prototype Object.prototype or null), arrays, strings, numbers, booleans, null
 * and undefined. Electron's structured clone carries a Map, Set, Date, RegExp, typed array,
 * BigInt or cycle as it is, and zod takes an object without own keys (a Map, a Date) for
 * `{}`: a channel without input, or a patch of optional fields, would accept one. Walked
 * without recursion: a hostile payload may be nested deeper than the stack.
 */
export function findNotPlain(payload: unknown): NotPlain | null {
  const stack: Frame[] = [{ value: payload, parent: null, key: null }];
  const onPath = new Set<object>();
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value } = frame;
    if (frame.leaving) {
      onPath.delete(value as object);
      continue;
    }
    if (value === null || value === undefined) continue;
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') continue;
    if (type !== 'object') return { path: pathOf(frame), message: `${PLAIN}, not a ${type}.` };
    const object = value;
    const proto: unknown = Object.getPrototypeOf(object);
    const plain = Array.isArray(object) ? proto === Array.prototype : proto === Object.prototype || proto === null;
    if (!plain) return { path: pathOf(frame), message: `${PLAIN}, not ${named(object)}.` };
    // Only a cycle is refused: the same object twice (one day plan for two days) is still a tree in JSON.
    if (onPath.has(object)) return { path: pathOf(frame), message: 'The request refers to itself (a cycle).' };
    onPath.add(object);
    stack.push({ value: object, parent: frame.parent, key: frame.key, leaving: true });
    for (const key of Object.keys(object)) {
      stack.push({
        value: (object as Record<string, unknown>)[key],
        parent: frame,
        key: Array.isArray(object) ? Number(key) : key,
      });
    }
  }
  return null;
}
