import { useEffect } from 'react';
import { useAppStore } from '../../store';

/**
 * Ctrl/Cmd+Shift+P and Ctrl/Cmd+P open the palette, from anywhere, editors included (Ctrl/Cmd+K
 * stays the editor's link key). The renderer handles the keys so that both hosts behave the
 * same; the menu item only shows them (registerAccelerator: false in electron/menuTemplate.ts).
 */
export function usePaletteShortcut(): void {
  const setOpen = useAppStore((s) => s.setPaletteOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.metaKey || event.ctrlKey;
      if (!mod || event.altKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);
}
