import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';

type ToolbarState = ReturnType<typeof toolbarStateOf>;

interface ToolbarButton {
  name: string;
  text: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  run: () => void;
}

/** What the buttons show: the marks and blocks at the selection, and whether there is anything to undo or redo. */
function toolbarStateOf(e: Editor) {
  return {
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
  };
}

/** The toolbar's buttons, in order, each with its shortcut and the command it runs. */
function toolbarButtons(editor: Editor, state: ToolbarState, onLink: () => void): ToolbarButton[] {
  const chain = () => editor.chain().focus();
  return [
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
}

/** Formatting buttons above a note; they act without taking the focus from the editor. */
export function NoteToolbar({ editor, label, onLink }: { editor: Editor; label: string; onLink: () => void }) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => toolbarStateOf(e) });
  const buttons = toolbarButtons(editor, state, onLink);
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
