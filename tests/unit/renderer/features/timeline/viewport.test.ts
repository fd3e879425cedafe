import { describe, expect, it } from 'vitest';
import {
  centredScrollLeft,
  clampLevel,
  keyCommand,
  needsScroll,
  shownIndexes,
  zoomAnchorX,
  zoomName,
} from '../../../../../renderer/features/timeline/viewport';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('timeline viewport keys', () => {
  it('arrows step through items in time order, Home and End jump to the ends', () => {
    expect(keyCommand(press('ArrowRight'), 3, 10, 0)).toEqual({ kind: 'move', index: 4 });
    expect(keyCommand(press('ArrowLeft'), 3, 10, 0)).toEqual({ kind: 'move', index: 2 });
    expect(keyCommand(press('Home'), 3, 10, 0)).toEqual({ kind: 'move', index: 0 });
    expect(keyCommand(press('End'), 3, 10, 0)).toEqual({ kind: 'move', index: 9 });
  });

  it('+ and = zoom in, - zooms out, from the current level', () => {
    expect(keyCommand(press('+'), 0, 10, 2)).toEqual({ kind: 'zoom', level: 3 });
    expect(keyCommand(press('='), 0, 10, 2)).toEqual({ kind: 'zoom', level: 3 });
    expect(keyCommand(press('-'), 0, 10, 2)).toEqual({ kind: 'zoom', level: 1 });
  });

  it('leaves other keys, and any key with Ctrl, Cmd or Alt, to the browser and the menu', () => {
    expect(keyCommand(press('a'), 0, 10, 0)).toBeNull();
    expect(keyCommand(press('Enter'), 0, 10, 0)).toBeNull();
    expect(keyCommand(press('+', { ctrlKey: true }), 0, 10, 0)).toBeNull();
    expect(keyCommand(press('ArrowRight', { metaKey: true }), 0, 10, 0)).toBeNull();
    expect(keyCommand(press('Home', { altKey: true }), 0, 10, 0)).toBeNull();
  });
});

describe('timeline viewport geometry', () => {
  it('draws the visible window, plus the active item when it is outside it', () => {
    expect(shownIndexes(2, 5, 3)).toEqual([2, 3, 4]);
    expect(shownIndexes(2, 5, 9)).toEqual([2, 3, 4, 9]);
    expect(shownIndexes(2, 5, 0)).toEqual([2, 3, 4, 0]);
    expect(shownIndexes(0, 0, -1)).toEqual([]);
  });

  it('scrolls to an item within 24 px of an edge or outside the view, not to one well inside', () => {
    expect(needsScroll(100, 100, 500)).toBe(true);
    expect(needsScroll(124, 100, 500)).toBe(false);
    expect(needsScroll(576, 100, 500)).toBe(false);
    expect(needsScroll(577, 100, 500)).toBe(true);
    expect(needsScroll(50, 100, 500)).toBe(true);
  });

  it('centres a scroll target, never scrolling before the start', () => {
    expect(centredScrollLeft(1000, 400)).toBe(800);
    expect(centredScrollLeft(100, 400)).toBe(0);
  });

  it('keeps the focused item in place across a zoom when it is in view, else the middle', () => {
    expect(zoomAnchorX(300, 100, 500)).toBe(300);
    expect(zoomAnchorX(100, 100, 500)).toBe(100);
    expect(zoomAnchorX(700, 100, 500)).toBe(350);
    expect(zoomAnchorX(undefined, 100, 500)).toBe(350);
  });

  it('keeps the zoom within its levels and names them', () => {
    expect(clampLevel(-1, 5)).toBe(0);
    expect(clampLevel(7, 5)).toBe(4);
    expect(clampLevel(2, 5)).toBe(2);
    expect([0, 1, 2, 3, 4].map((l) => zoomName(l, 5))).toEqual(['Whole engagement', '×2', '×4', '×8', 'Weeks']);
  });
});
