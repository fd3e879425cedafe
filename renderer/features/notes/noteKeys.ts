import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { matches } from '../keyboard/keys';

/** The list item the cursor is in, innermost: a bullet or numbered item, or an action item. */
export function listItemAt(state: EditorState): 'listItem' | 'taskItem' | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const name = $from.node(depth).type.name;
    if (name === 'listItem' || name === 'taskItem') return name;
  }
  return null;
}

/** What the editor's host does when the keys leave the editor or change mode. */
export interface NoteKeysHost {
  /** Esc: the focus goes to the editor's container (never to <body>). */
  onLeave: () => void;
  /** In a list, after a first Esc: Tab leaves instead of indenting, until another key. */
  onLeavingList: (leaving: boolean) => void;
}

declare module '@tiptap/core' {
  interface Storage {
    noteKeys: NoteKeysHost & { leavingList: boolean };
  }
}

/**
 * The keys that leave a note (shared/shortcuts.ts "Note editors"): Tab goes on to what comes
 * next and Shift+Tab back, as in any field, except in a list item, where they indent and
 * outdent (always, so a Tab in the first item, which cannot indent, does not leave by
 * surprise). Esc leaves; in a list the first Esc only switches Tab to leaving (a second Esc
 * leaves). Handled on the DOM event, before the list items' own Tab keymap: returning true
 * there without preventDefault lets the browser move the focus.
 */
export const NoteKeys = Extension.create<Record<string, never>, NoteKeysHost & { leavingList: boolean }>({
  name: 'noteKeys',
  addStorage() {
    return { leavingList: false, onLeave: () => undefined, onLeavingList: () => undefined };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    const editor = this.editor;
    const setLeaving = (leaving: boolean) => {
      if (storage.leavingList === leaving) return;
      storage.leavingList = leaving;
      storage.onLeavingList(leaving);
    };
    return [
      new Plugin({
        key: new PluginKey('noteKeys'),
        props: {
          handleDOMEvents: {
            blur: () => {
              setLeaving(false);
              return false;
            },
            keydown: (view, event) => {
              if (event.isComposing) return false;
              const item = listItemAt(view.state);
              const leaving = storage.leavingList;
              if (matches('editor.leave', event)) {
                event.preventDefault();
                if (item !== null && !leaving) setLeaving(true);
                else {
                  setLeaving(false);
                  storage.onLeave();
                }
                return true;
              }
              const forward = matches('list.indent', event);
              const back = matches('list.outdent', event);
              if (!forward && !back) {
                if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) setLeaving(false);
                return false;
              }
              // Not in a list, or Esc said so: the browser moves the focus on.
              if (item === null || leaving) {
                setLeaving(false);
                return true;
              }
              event.preventDefault();
              if (forward) editor.commands.sinkListItem(item);
              else editor.commands.liftListItem(item);
              return true;
            },
          },
        },
      }),
    ];
  },
});
