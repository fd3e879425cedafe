import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** The keyboard shortcuts sheet ("?", Help › Keyboard Shortcuts, the palette). */
export interface KeyboardSlice {
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
}

export const createKeyboardSlice: StateCreator<AppState, [], [], KeyboardSlice> = (set) => ({
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
});
