import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { shortcutText, type ShortcutId } from '../../../shared/shortcuts';
import { Tooltip } from '../../components/Tooltip';
import { IS_MAC } from '../keyboard/keys';

type ToolbarState = ReturnType<typeof toolbarStateOf>;

interface ToolbarButton {
  name: string;
  text: string;
  /** Its keys, from shared/shortcuts.ts (the "?" sheet lists the same). */
  shortcut?: ShortcutId;
  /** The Markdown way to the same, typed in the note. */
  markdown?: string;
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
    { name: 'Bold', text: 'B', shortcut: 'format.bold', active: state.bold, run: () => chain().toggleBold().run() },
    {
      name: 'Italic',
      text: 'I',
      shortcut: 'format.italic',
      active: state.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      name: 'Strikethrough',
      text: 'S',
      shortcut: 'format.strike',
      active: state.strike,
      run: () => chain().toggleStrike().run(),
    },
    {
      name: 'Inline code',
      text: '</>',
      shortcut: 'format.code',
      active: state.code,
      run: () => chain().toggleCode().run(),
    },
    { name: 'Link', text: 'Link', shortcut: 'format.link', active: state.link, run: onLink },
    {
      name: 'Heading',
      text: 'H',
      markdown: '## then space',
      active: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      name: 'Bullet list',
      text: '•',
      shortcut: 'format.bullets',
      markdown: '- then space',
      active: state.bullet,
      run: () => chain().toggleBulletList().run(),
    },
    {
      name: '1. Numbered list',
      text: '1.',
      shortcut: 'format.numbers',
      markdown: '1. then space',
      active: state.ordered,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      name: 'Action item',
      text: '☐',
      shortcut: 'format.task',
      markdown: '[ ] then space',
      active: state.task,
      run: () => chain().toggleTaskList().run(),
    },
    { name: 'Undo', text: '↶', shortcut: 'format.undo', disabled: !state.canUndo, run: () => chain().undo().run() },
    { name: 'Redo', text: '↷', shortcut: 'format.redo', disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
}

function keysOf(button: ToolbarButton): string | undefined {
  const keys = [button.shortcut ? shortcutText(button.shortcut, IS_MAC) : null, button.markdown ?? null].filter(
    (part): part is string => part !== null,
  );
  return keys.length > 0 ? keys.join(', or ') : undefined;
}

/** Arrow keys move within the toolbar (wrapping), Home and End go to its ends. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Formatting buttons above a note, the WAI-ARIA toolbar pattern: one Tab stop (the button
 * last used; roving tabindex), the arrow keys inside. A disabled button (Undo with nothing
 * to undo) stays focusable, aria-disabled, so moving along never skips one unannounced. The
 * buttons act without taking the focus from the editor when clicked.
 */
export function NoteToolbar({ editor, label, onLink }: { editor: Editor; label: string; onLink: () => void }) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => toolbarStateOf(e) });
  const buttons = toolbarButtons(editor, state, onLink);
  const [current, setCurrent] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = move(current, buttons.length);
    setCurrent(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="note-toolbar" role="toolbar" aria-label={`${label} formatting`} onKeyDown={onKeyDown}>
      {buttons.map((b, index) => (
        <Tooltip key={b.name} label={b.name} keys={keysOf(b)}>
          {(describedBy) => (
            <button
              ref={(element) => {
                refs.current[index] = element;
              }}
              type="button"
              className={`note-toolbar__button ${b.active ? 'note-toolbar__button--active' : ''}`}
              aria-label={b.name}
              aria-describedby={describedBy}
              aria-pressed={b.active ?? undefined}
              aria-disabled={b.disabled ? 'true' : undefined}
              tabIndex={index === current ? 0 : -1}
              onFocus={() => setCurrent(index)}
              // Keep the editor's selection: act on mousedown without taking focus.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                if (!b.disabled) b.run();
              }}
            >
              {b.text}
            </button>
          )}
        </Tooltip>
      ))}
    </div>
  );
}
