import type { NoteNode, TaskItemAttrs } from '../../../shared/model/note';
import { emptyNote } from '../../../shared/model/note';
import type { Retro } from '../../../shared/model/retro';

/** Builders for tiptap JSON notes, shaped as the editor makes them. */
export type Mark = NonNullable<NoteNode['marks']>[number];

export function text(value: string, marks?: Mark[]): NoteNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function paragraph(...content: NoteNode[]): NoteNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A paragraph holding one plain text node. */
export function line(value: string): NoteNode {
  return paragraph(text(value));
}

export function doc(...content: NoteNode[]): NoteNode {
  return { type: 'doc', content };
}

export function heading(level: number, value: string): NoteNode {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export const hardBreak: NoteNode = { type: 'hardBreak' };

export function bulletList(...items: NoteNode[]): NoteNode {
  return { type: 'bulletList', content: items };
}

export function listItem(value: string, ...nested: NoteNode[]): NoteNode {
  return { type: 'listItem', content: [line(value), ...nested] };
}

export function taskList(...items: NoteNode[]): NoteNode {
  return { type: 'taskList', content: items };
}

export function taskItem(
  attrs: Partial<TaskItemAttrs> & { id: string },
  value: string,
  ...nested: NoteNode[]
): NoteNode {
  return {
    type: 'taskItem',
    attrs: { checked: false, owner: null, due: null, ...attrs },
    content: [line(value), ...nested],
  };
}

export function link(href: string): Mark {
  return { type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null } };
}

/** A doc with one text node carrying `marks`. */
export function withMarksDoc(marks: Mark[]): NoteNode {
  return doc(paragraph(text('x', marks)));
}

/** A note using every node and mark the editor makes, nested lists and action items included. */
export function richDoc(): NoteNode {
  return doc(
    heading(2, 'Week 3'),
    paragraph(
      text('Shipped the '),
      text('billing', [{ type: 'bold' }, { type: 'italic' }]),
      text(' fix; see '),
      text('the PR', [link('https://git.example.com/pr/42')]),
      hardBreak,
      text('mail '),
      text('Ada', [link('mailto:ada@example.com'), { type: 'underline' }]),
      text(' or run '),
      text('make deploy', [{ type: 'code' }]),
      text(' (not ', []),
      text('yet', [{ type: 'strike' }]),
      text(')'),
    ),
    bulletList(listItem('Outer', bulletList(listItem('Inner', bulletList(listItem('Innermost'))))), listItem('Second')),
    { type: 'orderedList', attrs: { start: 3, type: null }, content: [listItem('Third'), listItem('Fourth')] },
    taskList(
      taskItem(
        { id: 'ai-1', owner: 'Ada Lovelace', due: '2026-03-12' },
        'Write the runbook',
        taskList(taskItem({ id: 'ai-2', checked: true }, 'Draft outline')),
      ),
      taskItem({ id: 'ai-3', owner: 'Grace', due: null }, 'Pair on the pipeline'),
    ),
    { type: 'blockquote', content: [line('Ship small, ship often.')] },
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const answer = 42;\nconsole.log(answer);')] },
    { type: 'horizontalRule' },
    paragraph(),
  );
}

/** A doc `levels` deep (the doc itself is level 1), as nested blockquotes around a paragraph. */
export function nestedDoc(levels: number): NoteNode {
  let node: NoteNode = paragraph();
  for (let level = levels - 1; level > 1; level--) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

/** A retro as stored, for the pure rules; notes empty unless given. */
export function retro(overrides: Partial<Retro> & { id: string; date: string }): Retro {
  return {
    attendees: [],
    goalScores: [],
    notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
    mvpStatus: '',
    startedAt: null,
    createdAt: `${overrides.date}T09:00:00.000Z`,
    updatedAt: `${overrides.date}T09:00:00.000Z`,
    deletedAt: null,
    mailLog: [],
    ...overrides,
  };
}

/** `n` distinct words in one paragraph (an empty note for 0). */
export function words(n: number): NoteNode {
  if (n === 0) return emptyNote();
  return doc(line(Array.from({ length: n }, (_, i) => `word${i}`).join(' ')));
}
