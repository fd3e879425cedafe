// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDoc, NoteNode } from '../../../../../shared/model/note';
import { freshCopiesOf, mayAddActionItems, NOTE_EXTENSIONS } from '../../../../../renderer/features/notes/extensions';

/** A real tiptap editor over the note's extensions, as the retro page builds it (no React). */
function editorWith(content: NoteDoc): Editor {
  const editor = new Editor({ extensions: NOTE_EXTENSIONS, content, element: document.createElement('div') });
  editors.push(editor);
  return editor;
}
const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
});

const para = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (id: string | null, text: string, extra: Record<string, unknown> = {}): NoteNode => ({
  type: 'taskItem',
  attrs: { checked: false, id, owner: null, due: null, closedOn: null, ...extra },
  content: [para(text)],
});

function ids(editor: Editor): (string | null)[] {
  const out: (string | null)[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'taskItem') out.push(node.attrs['id'] as string | null);
    return true;
  });
  return out;
}

describe('action item ids', () => {
  it('typing plain text is not a reason to walk the note', () => {
    const editor = editorWith({
      type: 'doc',
      content: [para('hello'), { type: 'taskList', content: [item('a1', 'ship it')] }],
    });
    const tr = editor.state.tr.insertText('!', 3);
    expect(mayAddActionItems([tr])).toBe(false);
    const bold = editor.state.tr.addMark(1, 3, editor.schema.mark('bold'));
    expect(mayAddActionItems([bold])).toBe(false);
    expect(mayAddActionItems([editor.state.tr])).toBe(false);
  });

  it('an item typed, split, pasted or wrapped gets a fresh id; owners do not follow a split', () => {
    const editor = editorWith({
      type: 'doc',
      content: [{ type: 'taskList', content: [item('a1', 'first', { owner: 'p-kenji', due: '2027-01-15' })] }],
    });
    // Split at the end of "first": a new item, which must not share a1 or its owner.
    editor.commands.setTextSelection(7);
    editor.commands.splitListItem('taskItem');
    editor.commands.insertContent('second');
    const [first, second] = ids(editor);
    expect(first).toBe('a1');
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    const split = editor.state.doc.firstChild?.child(1);
    expect(split?.attrs['owner']).toBeNull();
    expect(split?.attrs['due']).toBeNull();

    // A pasted copy of an existing item (same id) becomes a new, open item.
    editor.commands.insertContentAt(editor.state.doc.content.size, {
      type: 'taskList',
      content: [item('a1', 'copy', { checked: true, owner: 'p-kenji' })],
    });
    const all = ids(editor);
    expect(all).toHaveLength(3);
    expect(new Set(all).size).toBe(3);
    expect(all[0]).toBe('a1');

    // A paragraph turned into an action item.
    editor.commands.insertContentAt(editor.state.doc.content.size, para('wrapped'));
    editor.commands.setTextSelection(editor.state.doc.content.size - 2);
    editor.commands.toggleTaskList();
    const after = ids(editor);
    expect(after).toHaveLength(4);
    expect(new Set(after).size).toBe(4);
    expect(after.every((id) => id !== null)).toBe(true);
  });

  it('undoing the deletion of an item brings back the same id, once', () => {
    const editor = editorWith({
      type: 'doc',
      content: [para('x'), { type: 'taskList', content: [item('a1', 'keep'), item('a2', 'delete me')] }],
    });
    const before = ids(editor);
    let range = { from: -1, to: -1 };
    editor.state.doc.descendants((node, at) => {
      if (node.type.name === 'taskItem' && node.attrs['id'] === 'a2') range = { from: at, to: at + node.nodeSize };
      return true;
    });
    editor.commands.deleteRange(range);
    expect(ids(editor)).toEqual(['a1']);
    editor.commands.undo();
    expect(ids(editor)).toEqual(before);
  });

  it('a pasted copy of an item from another note becomes a new, open item; a moved one keeps its id', () => {
    const editor = editorWith({
      type: 'doc',
      content: [
        para('notes'),
        {
          type: 'taskList',
          content: [
            item('elsewhere', 'ship it', { checked: true, owner: 'p-kenji', due: '2027-01-15' }),
            item('here', 'keep me'),
          ],
        },
      ],
    });
    const listStart = editor.state.doc.child(0).nodeSize;
    const end = editor.state.doc.content.size;
    const cut = editor.state.doc.slice(listStart, end);
    // Cut the list, then paste it back with "elsewhere" taken by another note.
    editor.view.dispatch(editor.state.tr.delete(listStart, end));
    expect(ids(editor)).toEqual([]);
    const pasted = freshCopiesOf(cut, new Set(['elsewhere']));
    editor.view.dispatch(editor.state.tr.replace(listStart, listStart, pasted));
    const [fresh, kept] = ids(editor);
    expect(kept).toBe('here');
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    const copy = editor.state.doc.child(1).child(0);
    expect(copy.attrs).toMatchObject({ checked: false, owner: null, due: null, closedOn: null });
    expect(copy.textContent).toBe('ship it');
    // Nothing taken: the slice is left as it is.
    expect(freshCopiesOf(cut, new Set())).toBe(cut);
  });
});
