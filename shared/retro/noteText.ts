import type { NoteNode } from '../model/note';
import { TaskItemAttrsSchema, type TaskItemAttrs } from '../model/note';
import { NOTE_SECTIONS, type NoteSection, type Retro } from '../model/retro';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);
/** Blocks that hold other blocks: their children already end their own lines. */
const CONTAINER_BLOCKS = new Set(['listItem', 'taskItem', 'blockquote']);

/** The note's text, one line per block, for counting and for plain-text mail. */
export function noteText(node: NoteNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(noteText).join('');
  if (TEXT_BLOCKS.has(node.type)) return `${inner}\n`;
  if (CONTAINER_BLOCKS.has(node.type) && !inner.endsWith('\n')) return `${inner}\n`;
  return inner;
}

export function wordCount(node: NoteNode): number {
  const words = noteText(node).trim().split(/\s+/u);
  return words.length === 1 && words[0] === '' ? 0 : words.length;
}

/** Nothing written: no words and no action item (an empty ☐ still counts as something noted). */
export function noteIsEmpty(node: NoteNode): boolean {
  return wordCount(node) === 0 && actionItems(node).length === 0;
}

export interface ActionItem extends TaskItemAttrs {
  text: string;
}

/** Every action item (task item) in a note, in document order. */
export function actionItems(node: NoteNode): ActionItem[] {
  const found: ActionItem[] = [];
  const walk = (n: NoteNode) => {
    if (n.type === 'taskItem') {
      const attrs = TaskItemAttrsSchema.safeParse(n.attrs);
      if (attrs.success) {
        // Text of the item itself, not of items nested inside it.
        const own = (n.content ?? [])
          .filter((c) => c.type !== 'taskList')
          .map(noteText)
          .join('')
          .trim();
        found.push({ ...attrs.data, text: own });
      }
    }
    (n.content ?? []).forEach(walk);
  };
  walk(node);
  return found;
}

/**
 * A copy of the note with one action item marked done (on `today`) or open; null if it is
 * not there. The day it was closed goes on the project timeline.
 */
export function withActionItemChecked(
  node: NoteNode,
  itemId: string,
  checked: boolean,
  today: string,
): NoteNode | null {
  const seen = { found: false };
  const walk = (n: NoteNode): NoteNode => {
    let next = n;
    if (n.type === 'taskItem' && n.attrs?.['id'] === itemId) {
      seen.found = true;
      next = { ...n, attrs: { ...n.attrs, checked, closedOn: checked ? today : null } };
    }
    return next.content ? { ...next, content: next.content.map(walk) } : next;
  };
  const result = walk(node);
  return seen.found ? result : null;
}

/**
 * The ids of the action items in every note of these retros but one (`retroId`'s
 * `section`): what a paste into that note must not copy, so that each item stays one item.
 */
export function itemIdsOutside(retros: readonly Retro[], retroId: string, section: NoteSection): Set<string> {
  const ids = new Set<string>();
  for (const r of retros) {
    for (const s of NOTE_SECTIONS) {
      if (r.id === retroId && s === section) continue;
      for (const item of actionItems(r.notes[s])) ids.add(item.id);
    }
  }
  return ids;
}
