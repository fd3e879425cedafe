// @vitest-environment jsdom
// The note editor as the retro page mounts it: a note saved elsewhere (a team sync) while it is open.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { NoteDoc } from '../../../../../shared/model/note';
import { Editor } from '@tiptap/core';
import { autosave } from '../../../../../renderer/features/notes/autosave';
import { noteEditorOptions } from '../../../../../renderer/features/notes/extensions';
import { followSavedNote } from '../../../../../renderer/features/notes/followSavedNote';
import { NoteEditor } from '../../../../../renderer/features/notes/NoteEditor';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
afterAll(() => Reflect.deleteProperty(globalThis, 'IS_REACT_ACT_ENVIRONMENT'));

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const note = (text: string): NoteDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The editor of one note section with `initial`, and a way to show it another saved version. */
function mount(key: string, initial: NoteDoc) {
  const saves: NoteDoc[] = [];
  const element = (doc: NoteDoc) =>
    createElement(NoteEditor, {
      saveKey: key,
      save: (saved: NoteDoc) => {
        saves.push(saved);
        return Promise.resolve();
      },
      label: 'Went well',
      placeholder: '',
      initial: doc,
      editable: true,
    });
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(element(initial)));
  const text = () => host.querySelector('[role="textbox"]')?.textContent;
  return { text, saves, show: (doc: NoteDoc) => act(() => root?.render(element(doc))) };
}

describe('an open note editor and a note saved elsewhere', () => {
  it('shows the version a sync brought, without saving it again', async () => {
    const editor = mount('e1:r1:wentWell', note('Pairing every morning.'));
    editor.show(note('Pairing every morning. Ship on Thursday.'));
    expect(editor.text()).toBe('Pairing every morning. Ship on Thursday.');
    await autosave.flushAll();
    expect(editor.saves).toEqual([]);
  });

  it('keeps words typed here that wait to be saved (they are newer than what came)', async () => {
    const editor = mount('e1:r2:wentWell', note('Pairing every morning.'));
    autosave.schedule('e1:r2:wentWell', () => Promise.resolve());
    editor.show(note('Something older'));
    expect(editor.text()).toBe('Pairing every morning.');
    await autosave.flushAll();
  });

  it('changes nothing for the same note with its keys in another order (the caret stays)', () => {
    const editor = new Editor({ ...noteEditorOptions('', () => undefined), content: note('Same words') });
    editor.commands.setTextSelection(3);
    const reordered: NoteDoc = {
      content: [{ content: [{ text: 'Same words', type: 'text' }], type: 'paragraph' }],
      type: 'doc',
    };
    expect(followSavedNote(editor, reordered, false)).toBe(false);
    expect(editor.state.selection.from).toBe(3);
    expect(followSavedNote(editor, note('Other words'), false)).toBe(true);
    expect(editor.getText()).toBe('Other words');
    // Not the user's edit: Undo does not take the team's words back.
    expect(editor.can().undo()).toBe(false);
    editor.destroy();
  });
});
