import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { NoteDoc } from '../../../shared/model/note';
import { autosave } from './autosave';
import { freshCopiesOf, noteEditorOptions } from './extensions';
import { normalizeLink } from './links';
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
}: NoteEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  // The latest save function, so the editor (created once per key) never calls a stale one.
  const saveRef = useRef(save);
  const takenRef = useRef(takenItemIds);
  useEffect(() => {
    saveRef.current = save;
    takenRef.current = takenItemIds;
  }, [save, takenItemIds]);
  const editor = useEditor(
    {
      ...noteEditorOptions(placeholder, () => setLinkOpen(true)),
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

  // Leaving the screen saves at once rather than after the debounce.
  useEffect(() => () => void autosave.flushKey(key), [key]);
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className={`note-editor ${editable ? '' : 'note-editor--readonly'}`}>
      {editable ? <Toolbar editor={editor} label={label} onLink={() => setLinkOpen(true)} /> : null}
      {linkOpen && editable ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, label, onLink }: { editor: Editor; label: string; onLink: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      code: e.isActive('code'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      task: e.isActive('taskList'),
      // Read from the history plugin: can().undo() builds every command's chain per keystroke.
      canUndo: (undoDepth(e.state) as number) > 0,
      canRedo: (redoDepth(e.state) as number) > 0,
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: {
    name: string;
    text: string;
    shortcut?: string;
    active?: boolean;
    disabled?: boolean;
    run: () => void;
  }[] = [
    { name: 'Bold', text: 'B', shortcut: 'Ctrl+B', active: state.bold, run: () => chain().toggleBold().run() },
    { name: 'Italic', text: 'I', shortcut: 'Ctrl+I', active: state.italic, run: () => chain().toggleItalic().run() },
    {
      name: 'Strikethrough',
      text: 'S',
      shortcut: 'Ctrl+Shift+S',
      active: state.strike,
      run: () => chain().toggleStrike().run(),
    },
    { name: 'Inline code', text: '</>', shortcut: 'Ctrl+E', active: state.code, run: () => chain().toggleCode().run() },
    { name: 'Link', text: 'Link', shortcut: 'Ctrl+K', active: state.link, run: onLink },
    {
      name: 'Heading',
      text: 'H',
      shortcut: '## then space',
      active: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      name: 'Bullet list',
      text: '•',
      shortcut: 'Ctrl+Shift+8',
      active: state.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      name: '1. Numbered list',
      text: '1.',
      shortcut: 'Ctrl+Shift+7',
      active: state.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      name: 'Action item',
      text: '☐',
      shortcut: 'Ctrl+Shift+9, or [ ] then space',
      active: state.task,
      run: () => chain().toggleTaskList().run(),
    },
    { name: 'Undo', text: '↶', shortcut: 'Ctrl+Z', disabled: !state.canUndo, run: () => chain().undo().run() },
    { name: 'Redo', text: '↷', shortcut: 'Ctrl+Shift+Z', disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
  return (
    <div className="note-toolbar" role="toolbar" aria-label={`${label} formatting`}>
      {buttons.map((b) => (
        <button
          key={b.name}
          type="button"
          className={`note-toolbar__button ${b.active ? 'note-toolbar__button--active' : ''}`}
          aria-label={b.name}
          aria-pressed={b.active ?? undefined}
          title={b.shortcut ? `${b.name} (${b.shortcut})` : b.name}
          disabled={b.disabled}
          // Keep the editor's selection: act on mousedown without taking focus.
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link') as { href?: string }).href ?? '';
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const href = normalizeLink(value);
    if (!href) {
      setError('Enter a web address (https://…) or an email address.');
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };
  return (
    <div className="link-form" role="group" aria-label="Edit link">
      <label className="link-form__label" htmlFor={`${editor.instanceId}-link`}>
        Link address
      </label>
      <input
        ref={input}
        id={`${editor.instanceId}-link`}
        className="input link-form__input"
        value={value}
        placeholder="https://…"
        aria-invalid={error !== null}
        aria-describedby={error ? `${editor.instanceId}-link-error` : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="button" className="button" onClick={apply}>
        Apply
      </button>
      {current !== '' ? (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button--ghost" onClick={close}>
        Cancel
      </button>
      {error ? (
        <p id={`${editor.instanceId}-link-error`} className="field__error link-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
