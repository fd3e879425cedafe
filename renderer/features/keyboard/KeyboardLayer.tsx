import { localDateOf } from '../../../shared/dates';
import { useAppStore } from '../../store';
import { presentRetro } from '../retro/presenter/presentRetro';
import { ShortcutsSheet } from './ShortcutsSheet';
import { usePageFocus } from './usePageFocus';
import { useShortcut } from './useShortcut';
import { useWindowTitle } from './useWindowTitle';

/**
 * The app-wide part of the keyboard flow: "?" (and Ctrl/Cmd+/) open the shortcuts sheet,
 * Ctrl/Cmd+Shift+F presents this week's retro from any screen, focus moves to the heading
 * after each navigation, and the window title names the screen.
 */
export function KeyboardLayer() {
  const view = useAppStore((s) => s.view);
  const open = useAppStore((s) => s.shortcutsOpen);
  const setOpen = useAppStore((s) => s.setShortcutsOpen);
  useShortcut('sheet', () => setOpen(true), !open);
  useShortcut('sheet.anywhere', () => setOpen(true), !open);
  // On a retro its page presents it (usePresenter); elsewhere this week's retro opens first.
  useShortcut('retro.present', () => void presentRetro(localDateOf(new Date())), view.kind !== 'retro');
  usePageFocus(view);
  useWindowTitle(view);
  return open ? <ShortcutsSheet /> : null;
}
