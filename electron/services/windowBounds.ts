import type { WindowState } from '../../shared/model/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };

/**
 * Restores the saved window only if most of its title bar is on a display that still
 * exists (a monitor may have been unplugged); otherwise the default size, centred.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: 40 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100, saved.width) * 20);
  if (!visible)
    return { width: Math.min(saved.width, DEFAULT_SIZE.width), height: Math.min(saved.height, DEFAULT_SIZE.height) };
  return { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
