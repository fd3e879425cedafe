import type { NoteDoc, NoteNode, TaskItemAttrs } from '../model/note';

/**
 * The sample's notes, written as data and turned into tiptap JSON of the shape the editor
 * itself saves (renderer/features/notes/extensions.ts): bullet lists, bold and code marks,
 * links with the editor's attributes, and action items with an id, an owner (a person's
 * id), a due date and, once done, the day they were closed. NoteDocSchema checks the result.
 */
export type Inline = string | { bold: string } | { code: string } | { link: string; href: string };
/** A paragraph or list item: one piece of text, or several with marks. */
export type Para = Inline | readonly Inline[];

export interface ActionItemNote {
  attrs: TaskItemAttrs;
  text: Para;
}

function inline(piece: Inline): NoteNode {
  if (typeof piece === 'string') return { type: 'text', text: piece };
  if ('bold' in piece) return { type: 'text', text: piece.bold, marks: [{ type: 'bold' }] };
  if ('code' in piece) return { type: 'text', text: piece.code, marks: [{ type: 'code' }] };
  return {
    type: 'text',
    text: piece.link,
    // What the editor's Link extension writes on a link it makes.
    marks: [
      { type: 'link', attrs: { href: piece.href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null } },
    ],
  };
}

export function paragraph(para: Para): NoteNode {
  const pieces = typeof para === 'string' || !Array.isArray(para) ? [para as Inline] : (para as readonly Inline[]);
  return { type: 'paragraph', content: pieces.map(inline) };
}

/** A note with nothing in it, as the editor leaves an empty section. */
export function emptyDoc(): NoteDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A bulleted list, one item per entry; no entries is an empty note ("Nothing noted"). */
export function bulletsDoc(items: readonly Para[]): NoteDoc {
  if (items.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: [{ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) }],
  };
}

/** Paragraphs, one per entry. */
export function paragraphsDoc(paras: readonly Para[]): NoteDoc {
  if (paras.length === 0) return emptyDoc();
  return { type: 'doc', content: paras.map(paragraph) };
}

/** What to do differently as bullets, then the action items as one task list. */
export function actionsDoc(bullets: readonly Para[], items: readonly ActionItemNote[]): NoteDoc {
  const content: NoteNode[] = bullets.length === 0 ? [] : (bulletsDoc(bullets).content ?? []);
  if (items.length > 0) {
    content.push({
      type: 'taskList',
      content: items.map((item) => ({
        type: 'taskItem',
        attrs: { ...item.attrs },
        content: [paragraph(item.text)],
      })),
    });
  }
  return content.length === 0 ? emptyDoc() : { type: 'doc', content };
}
