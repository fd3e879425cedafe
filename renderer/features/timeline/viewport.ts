/**
 * The pure half of the timeline's viewport (useTimelineViewport holds the state): which
 * key does what, which items are drawn, where a scroll or a zoom lands.
 */

/** Items this far outside the visible window are drawn too, so scrolling shows no gaps. */
export const OVERSCAN_PX = 240;
/** An item closer than this to an edge of the view is scrolled into the middle when focused. */
const EDGE_PX = 24;

export type ViewportCommand = { kind: 'move'; index: number } | { kind: 'zoom'; level: number };

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * What a key pressed in the items group does: arrows, Home and End move between items in
 * time order, + (or =) and − zoom. Null for any other key, or with Ctrl, Cmd or Alt held
 * (those stay the browser's and the menu's).
 */
export function keyCommand(
  press: KeyPress,
  activeIndex: number,
  itemCount: number,
  level: number,
): ViewportCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const commands: Record<string, ViewportCommand> = {
    ArrowRight: { kind: 'move', index: activeIndex + 1 },
    ArrowLeft: { kind: 'move', index: activeIndex - 1 },
    Home: { kind: 'move', index: 0 },
    End: { kind: 'move', index: itemCount - 1 },
    '+': { kind: 'zoom', level: level + 1 },
    '=': { kind: 'zoom', level: level + 1 },
    '-': { kind: 'zoom', level: level - 1 },
  };
  return commands[press.key] ?? null;
}

/** The indexes to draw: the visible window [first, last), plus the active item wherever it is (it holds the tab stop). */
export function shownIndexes(first: number, last: number, activeIndex: number): number[] {
  const shown: number[] = [];
  for (let i = first; i < last; i++) shown.push(i);
  if (activeIndex >= 0 && (activeIndex < first || activeIndex >= last)) shown.push(activeIndex);
  return shown;
}

/** Whether an item at x is too near an edge of (or outside) the view to be focused where it is. */
export function needsScroll(x: number, scrollLeft: number, viewWidth: number): boolean {
  return x < scrollLeft + EDGE_PX || x > scrollLeft + viewWidth - EDGE_PX;
}

/** The scroll position that puts x in the middle of the view. */
export function centredScrollLeft(x: number, viewWidth: number): number {
  return Math.max(0, x - viewWidth / 2);
}

/**
 * The x a zoom keeps in place on screen: the focused item if it is in view, else the middle
 * of the view.
 */
export function zoomAnchorX(focusedX: number | undefined, scrollLeft: number, viewWidth: number): number {
  const inView = focusedX !== undefined && focusedX >= scrollLeft && focusedX <= scrollLeft + viewWidth;
  return inView ? focusedX : scrollLeft + viewWidth / 2;
}

/** The zoom level asked for, kept within the levels there are. */
export function clampLevel(next: number, levelCount: number): number {
  return Math.max(0, Math.min(levelCount - 1, next));
}

/** The zoom level's name beside the − and + buttons. */
export function zoomName(level: number, levelCount: number): string {
  if (level === 0) return 'Whole engagement';
  return level === levelCount - 1 ? 'Weeks' : `×${2 ** level}`;
}
