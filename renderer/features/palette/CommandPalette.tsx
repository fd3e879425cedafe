import { Suspense } from 'react';
import { PaletteDialog } from '../../lazyPages';
import { useAppStore } from '../../store';
import { usePaletteShortcut } from './usePaletteShortcut';

/** The command palette, while it is open (Ctrl/Cmd+Shift+P, Ctrl/Cmd+P or Go › Command Palette…). */
export function CommandPalette() {
  usePaletteShortcut();
  const open = useAppStore((s) => s.paletteOpen);
  return open ? (
    <Suspense fallback={null}>
      <PaletteDialog />
    </Suspense>
  ) : null;
}
