// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteDoc, NoteNode } from '../../../../../shared/model/note';
import { noteEditorOptions } from '../../../../../renderer/features/notes/extensions';
import { listItemAt } from '../../../../../renderer/features/notes/noteKeys';

const para = (text: string): NoteNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const bullets = (...texts: string[]): NoteNode => ({
  type: 'bulletList',
  content: texts.map((t) => ({ type: 'listItem', content: [para(t)] })),
});

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.replaceChildren();
});

/** A real note editor in the document, with a record of where Esc left to and the list mode. */
function setUp(content: NoteDoc) {
  const element = document.createElement('div');
  document.body.append(element);
  const log: string[] = [];
  const editor = new Editor({
    ...noteEditorOptions('', () => undefined, {
      onLeave: () => log.push('left'),
      onLeavingList: (on) => log.push(on ? 'leaving-list' : 'in-list'),
    }),
    content,
    element,
  });
  editors.push(editor);
  /** Dispatches a keydown on the editor; answers whether the browser would still act on it. */
  const key = (k: string, shiftKey = false): boolean =>
    editor.view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, code: k, shiftKey, bubbles: true, cancelable: true }),
    );
  return { editor, key, log };
}

/** The nesting depth of the list item holding `text`. */
function depthOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent === text) found = editor.state.doc.resolve(pos).depth;
    return found < 0;
  });
  return found;
}

function cursorIn(editor: Editor, text: string) {
  editor.state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent === text) editor.commands.setTextSelection(pos + 1);
    return true;
  });
}

describe('the keys that leave a note', () => {
  it('lets Tab go on (not prevented) outside a list, and Esc leaves', () => {
    const { editor, key, log } = setUp({ type: 'doc', content: [para('hello')] });
    cursorIn(editor, 'hello');
    expect(listItemAt(editor.state)).toBeNull();
    expect(key('Tab')).toBe(true);
    expect(key('Tab', true)).toBe(true);
    expect(editor.getText()).toBe('hello');
    expect(key('Escape')).toBe(false);
    expect(log).toEqual(['left']);
  });

  it('indents and outdents with Tab and Shift+Tab in a list, even the first item (never leaving by surprise)', () => {
    const { editor, key } = setUp({ type: 'doc', content: [bullets('one', 'two')] });
    cursorIn(editor, 'two');
    const flat = depthOf(editor, 'two');
    expect(key('Tab')).toBe(false);
    expect(depthOf(editor, 'two')).toBeGreaterThan(flat);
    expect(key('Tab', true)).toBe(false);
    expect(depthOf(editor, 'two')).toBe(flat);
    cursorIn(editor, 'one');
    expect(key('Tab')).toBe(false);
    expect(depthOf(editor, 'one')).toBe(flat);
  });

  it('in a list: the first Esc makes the next Tab leave, a second Esc leaves; another key cancels', () => {
    const { editor, key, log } = setUp({ type: 'doc', content: [bullets('one', 'two')] });
    cursorIn(editor, 'two');
    const flat = depthOf(editor, 'two');
    expect(key('Escape')).toBe(false);
    expect(log).toEqual(['leaving-list']);
    expect(key('Tab')).toBe(true);
    expect(depthOf(editor, 'two')).toBe(flat);
    expect(log).toEqual(['leaving-list', 'in-list']);
    // Back in list mode: Tab indents again.
    expect(key('Tab')).toBe(false);
    expect(depthOf(editor, 'two')).toBeGreaterThan(flat);
    key('Escape');
    key('a');
    expect(key('Tab', true)).toBe(false);
    key('Escape');
    key('Escape');
    expect(log).toEqual(['leaving-list', 'in-list', 'leaving-list', 'in-list', 'leaving-list', 'in-list', 'left']);
  });

  it('indents action items too', () => {
    const task = (id: string, text: string): NoteNode => ({
      type: 'taskItem',
      attrs: { id, checked: false, owner: null, due: null, closedOn: null },
      content: [para(text)],
    });
    const { editor, key } = setUp({
      type: 'doc',
      content: [{ type: 'taskList', content: [task('a', 'first'), task('b', 'second')] }],
    });
    cursorIn(editor, 'second');
    expect(listItemAt(editor.state)).toBe('taskItem');
    const flat = depthOf(editor, 'second');
    key('Tab');
    expect(depthOf(editor, 'second')).toBeGreaterThan(flat);
  });
});
