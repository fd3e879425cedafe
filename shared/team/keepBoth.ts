import { isNoteDoc, isPlainObject } from './jsonValue';

type NoteDoc = { type: 'doc'; content: unknown[] };

/** Whether "keep both" can join these two values: two notes, or two texts. */
export function canKeepBoth(value1: unknown, value2: unknown): boolean {
  return (isNoteDoc(value1) && isNoteDoc(value2)) || (typeof value1 === 'string' && typeof value2 === 'string');
}

const ID_MAX = 64;

/** Every action item's id in a note. */
function taskIds(node: unknown, into: Set<string>): Set<string> {
  if (!isPlainObject(node)) return into;
  const attrs = node.attrs;
  if (node.type === 'taskItem' && isPlainObject(attrs) && typeof attrs.id === 'string') into.add(attrs.id);
  if (Array.isArray(node.content)) for (const child of node.content) taskIds(child, into);
  return into;
}

/** `a1-2`, `a1-3`…: the first not in `avoid`, at most ID_MAX characters. */
function freshId(id: string, avoid: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, ID_MAX - suffix.length)}${suffix}`;
    if (!avoid.has(candidate)) return candidate;
  }
}

/**
 * A copy of `node` whose action items take a fresh id where ours has theirs: an item both
 * sides edited is in both notes, and two items of one retro with one id would be one item
 * to "mark done" and to carry over. The fresh id is derived (`a1-2`), not random, so
 * resolving the same conflict on two laptops writes the same note. `avoid` holds every
 * id of both notes, and each fresh one as it is given.
 */
function withFreshTaskIds(node: unknown, ours: Set<string>, avoid: Set<string>): unknown {
  if (!isPlainObject(node)) return node;
  let copy: Record<string, unknown> = node;
  const attrs = node.attrs;
  if (node.type === 'taskItem' && isPlainObject(attrs) && typeof attrs.id === 'string' && ours.has(attrs.id)) {
    const id = freshId(attrs.id, avoid);
    avoid.add(id);
    copy = { ...node, attrs: { ...attrs, id } };
  }
  if (Array.isArray(node.content)) {
    copy = { ...copy, content: node.content.map((child: unknown) => withFreshTaskIds(child, ours, avoid)) };
  }
  return copy;
}

/**
 * Both values, ours first: two notes become one note, ours' blocks then theirs' (their
 * action items re-numbered where ours has the same id); two texts are joined by a blank
 * line (an empty one adds nothing). Throws for anything else: see canKeepBoth.
 */
export function keepBoth(ours: unknown, theirs: unknown): unknown {
  if (typeof ours === 'string' && typeof theirs === 'string') {
    if (ours === '' || theirs === '') return ours || theirs;
    return `${ours}\n\n${theirs}`;
  }
  if (isNoteDoc(ours) && isNoteDoc(theirs)) {
    const oursIds = taskIds(ours, new Set());
    const avoid = taskIds(theirs, new Set(oursIds));
    const added = (withFreshTaskIds(theirs, oursIds, avoid) as NoteDoc).content;
    return { ...ours, content: [...ours.content, ...added] };
  }
  throw new Error('Only two notes or two texts can be kept both; pick one of the two.');
}
