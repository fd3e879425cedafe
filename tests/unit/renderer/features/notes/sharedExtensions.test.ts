// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTE_EXTENSIONS, noteEditorOptions } from '../../../../../renderer/features/notes/extensions';

/** Two editors as NoteEditor builds them (the same options, without React), mounted in the DOM. */
const editors: Editor[] = [];
function editorFor(placeholder: string, onEditLink: () => void): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    ...noteEditorOptions(placeholder, onEditLink),
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
    element,
  });
  editors.push(editor);
  return editor;
}
afterEach(() => {
  editors.splice(0).forEach((e) => {
    e.view.dom.parentElement?.remove();
    e.destroy();
  });
});

const pressModK = (editor: Editor) =>
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }),
  );

describe('the note extensions are built once', () => {
  it('every editor gets the same extension list, and every call the same instance', () => {
    const a = editorFor('What went well?', () => undefined);
    const b = editorFor('What to change?', () => undefined);
    expect(noteEditorOptions('x', () => undefined).extensions).toBe(NOTE_EXTENSIONS);
    expect(a.options.extensions).toBe(NOTE_EXTENSIONS);
    expect(b.options.extensions).toBe(NOTE_EXTENSIONS);
    expect(Object.isFrozen(NOTE_EXTENSIONS)).toBe(true);
  });

  it('each editor still shows its own placeholder', () => {
    const a = editorFor('What went well?', () => undefined);
    const b = editorFor('What to change?', () => undefined);
    expect(a.view.dom.querySelector('p')?.getAttribute('data-placeholder')).toBe('What went well?');
    expect(b.view.dom.querySelector('p')?.getAttribute('data-placeholder')).toBe('What to change?');
  });

  it('Ctrl/Cmd+K asks only its own editor host to edit the link', () => {
    const calls: string[] = [];
    const a = editorFor('A', () => calls.push('a'));
    const b = editorFor('B', () => calls.push('b'));
    pressModK(b);
    expect(calls).toEqual(['b']);
    pressModK(a);
    expect(calls).toEqual(['b', 'a']);
  });
});
