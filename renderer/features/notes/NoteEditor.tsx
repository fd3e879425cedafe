import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { NoteDoc } from '../../../shared/model/note';
import { chordText, type ShortcutId } from '../../../shared/shortcuts';
import { IS_MAC } from '../keyboard/keys';
import { useShortcut } from '../keyboard/useShortcut';
import { autosave } from './autosave';
import { freshCopiesOf, noteEditorOptions } from './extensions';
import { followSavedNote } from './followSavedNote';
import { LinkForm } from './LinkForm';
import { NoteToolbar } from './NoteToolbar';
import { sanitizePastedHtml } from './sanitize';

interface NoteEditorProps {
  /** One autosave slot per note: the same key for the same note, whichever page shows it. */
  saveKey: string;
  /** Sends the note to main and records the result; autosave calls it after a pause in typing. */
  save: (doc: NoteDoc) => Promise<void>;
  label: string;
  placeholder: string;
  initial: NoteDoc;
  editable: boolean;
  /** Action-item ids used by the engagement's other notes: a pasted copy of one gets a new id. */
  takenItemIds?: () => ReadonlySet<string>;
  /** The shortcut that jumps into this note from anywhere on the screen (a retro's Alt+1…4). */
  jumpKey?: ShortcutId;
}

/**
 * One section of a note (a weekly retro's or the project retro's): a tiptap editor that
 * saves itself through `save`, on the shared autosave queue (so the close handshake
 * flushes it too).
 */
export function NoteEditor({
  saveKey: key,
  save,
  label,
  placeholder,
  initial,
  editable,
  takenItemIds,
  jumpKey,
}: NoteEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [leavingList, setLeavingList] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  // The latest save function, so the editor (created once per key) never calls a stale one.
  const saveRef = useRef(save);
  const takenRef = useRef(takenItemIds);
  useEffect(() => {
    saveRef.current = save;
    takenRef.current = takenItemIds;
  }, [save, takenItemIds]);
  const editor = useEditor(
    {
      ...noteEditorOptions(placeholder, () => setLinkOpen(true), {
        onLeave: () => container.current?.focus(),
        onLeavingList: setLeavingList,
      }),
      content: initial,
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          class: 'note-editor__content',
          spellcheck: 'true',
        },
        transformPastedHTML: sanitizePastedHtml,
        transformPasted: (slice) => freshCopiesOf(slice, takenRef.current?.() ?? new Set()),
      },
      onUpdate: ({ editor: changed }) => {
        // Serialize when the save runs (after a pause in typing), never on every keystroke.
        autosave.schedule(key, () => saveRef.current(changed.getJSON() as NoteDoc));
      },
    },
    [key],
  );

  // The note changed under the editor (a team sync, another program): show that version, unless
  // words typed here wait to be saved (they are newer than it, and are saved over it).
  useEffect(() => {
    followSavedNote(editor, initial, autosave.isPending(key));
  }, [editor, initial, key]);

  // Leaving the screen saves at once rather than after the debounce.
  useEffect(() => () => void autosave.flushKey(key), [key]);
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useShortcut(jumpKey ?? 'retro.section.1', () => editor.commands.focus('end'), jumpKey !== undefined && editable);

  return (
    // Esc leaves the text to here (focusable by script only), not to <body>: Tab goes on from the toolbar.
    <div
      ref={container}
      className={`note-editor ${editable ? '' : 'note-editor--readonly'}`}
      role="group"
      aria-label={label}
      tabIndex={-1}
    >
      {editable ? <NoteToolbar editor={editor} label={label} onLink={() => setLinkOpen(true)} /> : null}
      {linkOpen && editable ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
      <EditorContent editor={editor} />
      <p className="note-editor__hint" role="status">
        {leavingList
          ? `${chordText('Tab', IS_MAC)} now leaves the list; ${chordText('Escape', IS_MAC)} again leaves the note.`
          : ''}
      </p>
    </div>
  );
}
