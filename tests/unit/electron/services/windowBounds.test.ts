import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreBounds, type Rect } from '../../../../electron/services/windowBounds';
import type { WindowState } from '../../../../shared/model/settings';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };
const leftMonitor: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };

function saved(overrides: Partial<WindowState> = {}): WindowState {
  return { x: 100, y: 80, width: 1000, height: 700, maximized: false, ...overrides };
}

describe('restoreBounds', () => {
  it('uses the default size, unpositioned, when nothing was saved', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height });
  });

  it('restores a window that is on a display', () => {
    expect(restoreBounds(saved(), [laptop])).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('restores a window on a second display, including negative coordinates', () => {
    expect(restoreBounds(saved({ x: 2200 }), [laptop, rightMonitor])).toMatchObject({ x: 2200, y: 80 });
    expect(restoreBounds(saved({ x: -1500 }), [leftMonitor, laptop])).toMatchObject({ x: -1500, y: 80 });
  });

  it('restores a window that straddles two displays', () => {
    expect(restoreBounds(saved({ x: 1500 }), [laptop, rightMonitor])).toMatchObject({ x: 1500 });
  });

  it('drops the position when the display it was on is gone, keeping a size that fits the default', () => {
    const result = restoreBounds(saved({ x: 2200, width: 2400, height: 1300 }), [laptop]);
    expect(result).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height });
    expect(result.x).toBeUndefined();
  });

  it('keeps a smaller saved size when the position is dropped', () => {
    expect(restoreBounds(saved({ x: 5000, width: 900, height: 600 }), [laptop])).toEqual({ width: 900, height: 600 });
  });

  it('drops the position when only a sliver of the title bar would be reachable', () => {
    // 20 px of title bar at the right edge: too little to grab.
    expect(restoreBounds(saved({ x: 1900 }), [laptop]).x).toBeUndefined();
    // 120 px is enough.
    expect(restoreBounds(saved({ x: 1800 }), [laptop]).x).toBe(1800);
  });

  it('drops the position when the title bar is below every display', () => {
    expect(restoreBounds(saved({ y: 1100 }), [laptop]).x).toBeUndefined();
  });

  it('drops the position when there are no displays at all', () => {
    expect(restoreBounds(saved(), []).x).toBeUndefined();
  });

  it('does not pass "maximized" through as a bound', () => {
    expect(restoreBounds(saved({ maximized: true }), [laptop])).not.toHaveProperty('maximized');
  });
});
