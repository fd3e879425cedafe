import { shortcut, type ShortcutId } from '../../../shared/shortcuts';

/** CmdOrCtrl: ⌘ on macOS, Ctrl elsewhere (as the menu's accelerators). */
export const IS_MAC = /Mac/i.test(navigator.userAgent);

/** The parts of a keydown that a chord names. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether the key of a chord is the key pressed: digits by their physical key (⌥+1 types "¡" on macOS). */
function sameKey(name: string, press: KeyPress): boolean {
  if (/^\d$/.test(name)) return press.code === `Digit${name}` || press.code === `Numpad${name}`;
  if (name === 'Space') return press.key === ' ';
  if (name.length === 1) return press.key.toLowerCase() === name.toLowerCase();
  return press.key === name;
}

/** Whether a keydown is this chord: the same key and exactly its modifiers ("?" brings its own Shift). */
export function matchesChord(chord: string, press: KeyPress, isMac = IS_MAC): boolean {
  const parts = chord.split('+');
  const name = parts[parts.length - 1] ?? '';
  const modifiers = new Set(parts.slice(0, -1));
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  if (mod !== modifiers.has('Mod') || other) return false;
  if (press.altKey !== modifiers.has('Alt')) return false;
  // A punctuation key's Shift depends on the layout ("?" is Shift+/ on most): only letters, digits and names check it.
  const shiftMatters = /^[A-Za-z0-9]$/.test(name) || name.length > 1;
  if (shiftMatters && press.shiftKey !== modifiers.has('Shift')) return false;
  return sameKey(name, press);
}

/** Whether a keydown is one of a shortcut's chords. */
export function matches(id: ShortcutId, press: KeyPress, isMac = IS_MAC): boolean {
  return shortcut(id).keys.some((chord) => matchesChord(chord, press, isMac));
}

/** A text field, where plain keys are typed rather than taken as shortcuts. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
