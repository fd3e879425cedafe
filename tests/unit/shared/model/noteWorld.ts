import { line } from '../../support/notes';
import { NoteDocSchema } from '../../../../shared/model/note';

/** Shared by the note.*.test.ts files. */

/** Parses without throwing and tells whether the document was accepted. */
export function accepts(value: unknown): boolean {
  return NoteDocSchema.safeParse(value).success;
}

export function messagesOf(value: unknown): string[] {
  const result = NoteDocSchema.safeParse(value);
  if (result.success) throw new Error('Expected the document to be refused');
  return result.error.issues.map((issue) => issue.message);
}

/** A doc with one paragraph holding one text node carrying the given marks. */
export function withMarks(marks: unknown[]): unknown {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks }] }] };
}

export function withLink(href: unknown): unknown {
  return withMarks([{ type: 'link', attrs: { href } }]);
}

/** A doc whose only block is a task list with one item carrying `attrs`. */
export function withTaskAttrs(attrs: unknown): unknown {
  return {
    type: 'doc',
    content: [{ type: 'taskList', content: [{ type: 'taskItem', attrs, content: [line('Do it')] }] }],
  };
}

export const goodTaskAttrs = { id: 'ai-1', checked: false, owner: 'Ada', due: '2026-03-12' };
