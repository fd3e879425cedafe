import { NOTE_SECTION_LABELS, NOTE_SECTIONS } from './model/retro';
import { SCREENS } from './screens';

/**
 * Every keyboard shortcut of the app, declared once. The handlers match keys against these
 * entries (renderer/features/keyboard/keys.ts), the editor's keymap is built from them, the
 * toolbar's tooltips and the "?" sheet show them: a key changed here changes everywhere, so
 * the sheet cannot drift from what the keys do.
 *
 * A chord is key names joined by "+": `Mod` is Ctrl (⌘ on macOS), `Alt` is Alt (⌥ on macOS).
 * A key is a letter, a digit (matched by its physical key, since ⌥+digit types a character on
 * macOS), or a name: Escape, Tab, Enter, Space, ArrowLeft, ArrowRight, Home, End, PageUp,
 * PageDown, "?", "/", ",". Several chords are alternatives.
 *
 * Data only, no DOM and no Node: the main process reads it for the menu.
 */
export interface Shortcut {
  readonly id: string;
  readonly group: ShortcutGroup;
  readonly keys: readonly string[];
  readonly description: string;
  /** Taken only while the focus is not in a text field (a plain key would be typed there). */
  readonly outsideText?: boolean;
}

export const SHORTCUT_GROUPS = [
  'Anywhere',
  'This week',
  'Retro',
  'Presenter mode',
  'Note editors',
  'Editor toolbars',
  'Week planner',
  'Timeline',
] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/** Alt+1…4 jump to the retro's note sections, in their order (NOTE_SECTIONS). */
const SECTION_JUMPS = ([1, 2, 3, 4] as const).map((n) => ({
  id: `retro.section.${n}` as const,
  group: 'Retro' as const,
  keys: [`Alt+${n}`],
  description: `Write in “${NOTE_SECTION_LABELS[NOTE_SECTIONS[n - 1] ?? 'notes']}”`,
}));

const SCREEN_KEYS = SCREENS.map((screen): Shortcut => ({
  id: `screen.${screen.id}`,
  group: 'Anywhere',
  keys: [`Mod+${screen.key}`],
  description: screen.id === 'settings' ? 'Open Settings' : `Go to ${screen.title}`,
}));

export const SHORTCUTS = [
  { id: 'palette', group: 'Anywhere', keys: ['Mod+Shift+P', 'Mod+P'], description: 'Command palette' },
  ...SCREEN_KEYS,
  { id: 'new-engagement', group: 'Anywhere', keys: ['Mod+N'], description: 'New engagement' },
  { id: 'sheet', group: 'Anywhere', keys: ['?'], description: 'Keyboard shortcuts (this list)', outsideText: true },
  { id: 'sheet.anywhere', group: 'Anywhere', keys: ['Mod+/'], description: 'Keyboard shortcuts, also while typing' },
  {
    id: 'undo-toast',
    group: 'Anywhere',
    keys: ['Mod+Z'],
    description: 'Undo a deletion or change just made',
    outsideText: true,
  },
  { id: 'save-form', group: 'Anywhere', keys: ['Mod+S'], description: 'Save the engagement form' },
  {
    id: 'home.retro',
    group: 'This week',
    keys: ['R'],
    description: 'Start or open this week’s retro',
    outsideText: true,
  },
  ...SECTION_JUMPS,
  {
    id: 'retro.present',
    group: 'Anywhere',
    keys: ['Mod+Shift+F'],
    // From another screen this week's retro opens first (presentRetro).
    description: 'Present the retro to the room (this week’s, from elsewhere)',
  },
  {
    id: 'presenter.next',
    group: 'Presenter mode',
    keys: ['PageDown', 'Alt+ArrowRight'],
    description: 'Next step',
  },
  {
    id: 'presenter.previous',
    group: 'Presenter mode',
    keys: ['PageUp', 'Alt+ArrowLeft'],
    description: 'Previous step',
  },
  {
    id: 'presenter.leave',
    group: 'Presenter mode',
    keys: ['Escape'],
    description: 'Stop presenting (outside a note: Esc leaves the note first)',
  },
  {
    id: 'editor.leave',
    group: 'Note editors',
    keys: ['Escape'],
    description: 'Leave the editor (in a list: press twice)',
  },
  { id: 'editor.next', group: 'Note editors', keys: ['Tab'], description: 'Leave the editor, to what comes next' },
  { id: 'list.indent', group: 'Note editors', keys: ['Tab'], description: 'In a list: indent the item' },
  { id: 'list.outdent', group: 'Note editors', keys: ['Shift+Tab'], description: 'In a list: outdent the item' },
  {
    id: 'list.leave',
    group: 'Note editors',
    keys: ['Escape'],
    description: 'In a list: the next Tab leaves the editor instead of indenting',
  },
  { id: 'format.bold', group: 'Note editors', keys: ['Mod+B'], description: 'Bold' },
  { id: 'format.italic', group: 'Note editors', keys: ['Mod+I'], description: 'Italic' },
  { id: 'format.strike', group: 'Note editors', keys: ['Mod+Shift+S'], description: 'Strikethrough' },
  { id: 'format.code', group: 'Note editors', keys: ['Mod+E'], description: 'Inline code' },
  { id: 'format.link', group: 'Note editors', keys: ['Mod+K'], description: 'Link' },
  { id: 'format.bullets', group: 'Note editors', keys: ['Mod+Shift+8'], description: 'Bullet list' },
  { id: 'format.numbers', group: 'Note editors', keys: ['Mod+Shift+7'], description: 'Numbered list' },
  { id: 'format.task', group: 'Note editors', keys: ['Mod+Shift+9'], description: 'Action item' },
  { id: 'format.undo', group: 'Note editors', keys: ['Mod+Z'], description: 'Undo' },
  { id: 'format.redo', group: 'Note editors', keys: ['Mod+Shift+Z'], description: 'Redo' },
  {
    id: 'toolbar.move',
    group: 'Editor toolbars',
    keys: ['ArrowLeft', 'ArrowRight'],
    description: 'Move between the buttons (a toolbar is one Tab stop)',
  },
  { id: 'toolbar.ends', group: 'Editor toolbars', keys: ['Home', 'End'], description: 'First or last button' },
  { id: 'planner.move', group: 'Week planner', keys: ['ArrowLeft', 'ArrowRight'], description: 'Move between days' },
  { id: 'planner.ends', group: 'Week planner', keys: ['Home', 'End'], description: 'First or last day' },
  { id: 'planner.cycle', group: 'Week planner', keys: ['Space', 'K'], description: 'Pairing → 20% time → off' },
  { id: 'timeline.move', group: 'Timeline', keys: ['ArrowLeft', 'ArrowRight'], description: 'Move between items' },
  { id: 'timeline.ends', group: 'Timeline', keys: ['Home', 'End'], description: 'First or last item' },
  { id: 'timeline.open', group: 'Timeline', keys: ['Enter'], description: 'Open the item' },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export function shortcut(id: ShortcutId): Shortcut {
  const found = (SHORTCUTS as readonly Shortcut[]).find((candidate) => candidate.id === id);
  // Unreachable while `id` is typed.
  if (!found) throw new Error(`No shortcut "${id}"`);
  return found;
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' };
const KEY_NAMES: Record<string, string> = {
  Escape: 'Esc',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
};

/** A chord's keys as the user sees them: ["Ctrl", "Shift", "P"], or ["⌘", "⇧", "P"] on macOS. */
export function chordKeys(chord: string, isMac: boolean): string[] {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  return parts.map((part, index) => {
    const modifier = index < parts.length - 1;
    if (modifier) return isMac ? (MAC_SYMBOLS[part] ?? part) : part === 'Mod' ? 'Ctrl' : part;
    return KEY_NAMES[part] ?? part;
  });
}

/** A chord as one string: "Ctrl+Shift+P", "⌘⇧P". */
export function chordText(chord: string, isMac: boolean): string {
  return chordKeys(chord, isMac).join(isMac ? '' : '+');
}

/** A shortcut's chords as one string, for a tooltip: "Ctrl+Shift+P or Ctrl+P". */
export function shortcutText(id: ShortcutId, isMac: boolean): string {
  return shortcut(id)
    .keys.map((chord) => chordText(chord, isMac))
    .join(' or ');
}

/** The chord as an Electron accelerator ("Mod+/" → "CmdOrCtrl+/"). */
export function acceleratorOf(id: ShortcutId): string {
  const [first = ''] = shortcut(id).keys;
  return first.replace(/^Mod\+/, 'CmdOrCtrl+');
}
