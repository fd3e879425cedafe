import { useEffect, useRef } from 'react';
import { shortcut, type ShortcutId } from '../../../shared/shortcuts';
import { isTextField, matches } from './keys';

/**
 * Runs `run` on the shortcut's keys, from anywhere in the window, while `enabled`. A key that
 * is typed in text fields (`outsideText` in shared/shortcuts.ts) is left to the field there,
 * and no page shortcut fires behind an open dialog (the palette, the sheet, the mail dialog).
 */
export function useShortcut(id: ShortcutId, run: () => void, enabled = true): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);
  useEffect(() => {
    if (!enabled) return;
    const outsideText = shortcut(id).outsideText === true;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !matches(id, event)) return;
      if (outsideText && isTextField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [id, enabled]);
}
