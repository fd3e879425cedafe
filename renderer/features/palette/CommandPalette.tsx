import { useAppStore } from '../../store';
import { PaletteDialog } from './PaletteDialog';
import { usePaletteShortcut } from './usePaletteShortcut';

/**
 * The command palette, while it is open (Ctrl/Cmd+Shift+P, Ctrl/Cmd+P or Go › Command Palette…).
 * Loaded with the app, not on first use: the keys typed right after the shortcut would
 * otherwise arrive before the input exists, and be lost.
 */
export function CommandPalette() {
  usePaletteShortcut();
  const open = useAppStore((s) => s.paletteOpen);
  return open ? <PaletteDialog /> : null;
}
