// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTextField, matches, matchesChord, type KeyPress } from '../../../../../renderer/features/keyboard/keys';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matching a keydown to a chord', () => {
  it('takes Alt+digit by the physical key: ⌥1 types "¡" on macOS', () => {
    expect(matchesChord('Alt+1', press('¡', 'Digit1', { altKey: true }), true)).toBe(true);
    expect(matchesChord('Alt+1', press('1', 'Digit1', { altKey: true }), false)).toBe(true);
    expect(matchesChord('Alt+1', press('1', 'Digit1'), false)).toBe(false);
    expect(matchesChord('Alt+1', press('2', 'Digit2', { altKey: true }), false)).toBe(false);
    expect(matchesChord('Alt+1', press('1', 'Digit1', { altKey: true, ctrlKey: true }), false)).toBe(false);
  });

  it('reads Mod as Ctrl, or ⌘ on macOS, and wants exactly the chord’s modifiers', () => {
    expect(matchesChord('Mod+Shift+P', press('P', 'KeyP', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesChord('Mod+Shift+P', press('P', 'KeyP', { metaKey: true, shiftKey: true }), true)).toBe(true);
    expect(matchesChord('Mod+Shift+P', press('P', 'KeyP', { metaKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesChord('Mod+P', press('P', 'KeyP', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });

  it('takes "?" with whatever Shift the layout needs, but not with Ctrl', () => {
    expect(matches('sheet', press('?', 'Slash', { shiftKey: true }), false)).toBe(true);
    expect(matches('sheet', press('?', 'Minus'), false)).toBe(true);
    expect(matches('sheet', press('?', 'Slash', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
  });

  it('takes R without modifiers only (Ctrl+R and Shift+R are not it)', () => {
    expect(matches('home.retro', press('r', 'KeyR'), false)).toBe(true);
    expect(matches('home.retro', press('r', 'KeyR', { ctrlKey: true }), false)).toBe(false);
    expect(matches('home.retro', press('R', 'KeyR', { shiftKey: true }), false)).toBe(false);
  });

  it('tells Tab from Shift+Tab', () => {
    expect(matches('list.indent', press('Tab', 'Tab'), false)).toBe(true);
    expect(matches('list.indent', press('Tab', 'Tab', { shiftKey: true }), false)).toBe(false);
    expect(matches('list.outdent', press('Tab', 'Tab', { shiftKey: true }), false)).toBe(true);
  });
});

describe('text fields, where plain keys are typed', () => {
  it('are inputs that take text, text areas, selects and editable content; not buttons or checkboxes', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTextField(input('text'))).toBe(true);
    expect(isTextField(input('search'))).toBe(true);
    expect(isTextField(input('date'))).toBe(true);
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isTextField(input('checkbox'))).toBe(false);
    expect(isTextField(document.createElement('button'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
