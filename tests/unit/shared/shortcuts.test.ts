import { describe, expect, it } from 'vitest';
import { NOTE_SECTION_LABELS, NOTE_SECTIONS } from '../../../shared/model/retro';
import { SCREENS } from '../../../shared/screens';
import {
  acceleratorOf,
  chordKeys,
  chordText,
  SHORTCUT_GROUPS,
  SHORTCUTS,
  shortcutText,
} from '../../../shared/shortcuts';

describe('the shortcuts are declared once (shared/shortcuts.ts)', () => {
  it('gives each its own id, a known group, keys and words', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUTS) {
      expect(SHORTCUT_GROUPS).toContain(s.group);
      expect(s.keys.length, s.id).toBeGreaterThan(0);
      expect(s.description.trim(), s.id).not.toBe('');
    }
    // Every group is shown with something in it.
    for (const group of SHORTCUT_GROUPS)
      expect(
        SHORTCUTS.some((s) => s.group === group),
        group,
      ).toBe(true);
  });

  it('lists every screen on its Ctrl/Cmd key, as the menu gives it', () => {
    for (const screen of SCREENS) {
      expect(SHORTCUTS.find((s) => s.id === `screen.${screen.id}`)?.keys).toEqual([`Mod+${screen.key}`]);
    }
  });

  it('jumps to the retro note sections in their order on Alt+1…4', () => {
    const jumps = SHORTCUTS.filter((s) => s.id.startsWith('retro.section.'));
    expect(jumps.map((s) => s.keys)).toEqual([['Alt+1'], ['Alt+2'], ['Alt+3'], ['Alt+4']]);
    expect(jumps.map((s) => s.description)).toEqual(NOTE_SECTIONS.map((n) => `Write in “${NOTE_SECTION_LABELS[n]}”`));
  });

  it('writes chords as each platform does', () => {
    expect(chordKeys('Mod+Shift+P', false)).toEqual(['Ctrl', 'Shift', 'P']);
    expect(chordKeys('Mod+Shift+P', true)).toEqual(['⌘', '⇧', 'P']);
    expect(chordText('Alt+1', true)).toBe('⌥1');
    expect(chordText('Alt+1', false)).toBe('Alt+1');
    expect(chordText('Escape', false)).toBe('Esc');
    expect(shortcutText('palette', false)).toBe('Ctrl+Shift+P or Ctrl+P');
    expect(shortcutText('format.bold', true)).toBe('⌘B');
  });

  it('gives the menu its accelerator', () => {
    expect(acceleratorOf('sheet.anywhere')).toBe('CmdOrCtrl+/');
  });
});
