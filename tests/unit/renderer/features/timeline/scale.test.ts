import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AXIS_PAD,
  layoutItems,
  makeScale,
  nearestIndex,
  ticks,
  visibleRange,
  zoomLevels,
} from '../../../../../renderer/features/timeline/scale';

describe('timeline scale', () => {
  it('maps dates to x and back, with padding on both sides', () => {
    const scale = makeScale('2026-01-05', '2026-06-13', 4);
    expect(scale.x('2026-01-05')).toBe(AXIS_PAD);
    expect(scale.x('2026-01-12')).toBe(AXIS_PAD + 28);
    expect(scale.dateAt(AXIS_PAD + 28)).toBe('2026-01-12');
    expect(scale.width).toBe(159 * 4 + 2 * AXIS_PAD);
  });

  it('zooms from the whole engagement in view to about a week and a half', () => {
    const levels = zoomLevels('2026-01-05', '2026-06-13', 1000);
    const fit = (1000 - 2 * AXIS_PAD) / 159;
    expect(levels[0]).toBeCloseTo(fit);
    expect(levels.at(-1)).toBeCloseTo(1000 / 12);
    for (let i = 1; i < levels.length - 1; i++) expect(levels[i]).toBeCloseTo((levels[i - 1] ?? 0) * 2);
    expect(makeScale('2026-01-05', '2026-06-13', levels[0] ?? 0).width).toBeLessThanOrEqual(1001);
  });

  it('has one level when the whole range already fits at the closest zoom', () => {
    expect(zoomLevels('2026-01-05', '2026-01-08', 1000)).toHaveLength(1);
  });

  it('finds the visible items by binary search, margin included', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i * 10);
    expect(visibleRange(xs, 0, 100, 0)).toEqual([0, 11]);
    expect(visibleRange(xs, 5000, 5500, 50)).toEqual([495, 556]);
    expect(visibleRange(xs, 20000, 21000, 0)).toEqual([1000, 1000]);
    expect(visibleRange([], 0, 100, 10)).toEqual([0, 0]);
    // Same x many times (items on one day) are all in or all out.
    expect(visibleRange([5, 50, 50, 50, 90], 40, 60, 0)).toEqual([1, 4]);
  });

  it('labels weeks when they are wide enough, else months with week lines', () => {
    const weekly = ticks(makeScale('2026-01-05', '2026-02-02', 10), '2026-01-05', '2026-02-02');
    expect(weekly.map((t) => t.label)).toEqual(['5 Jan', '12 Jan', '19 Jan', '26 Jan', '2 Feb']);
    const monthly = ticks(makeScale('2026-01-05', '2026-06-13', 2), '2026-01-05', '2026-06-13');
    expect(monthly.filter((t) => t.major).map((t) => t.label)).toEqual(['Jan 2026', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
    expect(monthly.filter((t) => !t.major).length).toBeGreaterThan(20);
  });

  it('finds the item nearest to a date', () => {
    expect(nearestIndex(['2026-01-05', '2026-02-01', '2026-03-01'], '2026-02-10')).toBe(1);
    expect(nearestIndex([], '2026-02-10')).toBe(-1);
  });
});

describe('layoutItems', () => {
  const milestone = (label: string) => ({ lane: 'milestones' as const, kind: 'milestone', label, stack: 0 });

  it('staircases crowded milestones so every label shows, and keeps only the marker past the last row', () => {
    const items = ['Kick-off', 'MVP in production', 'Load test', 'Coverage', 'One too many'].map(milestone);
    const layout = layoutItems(items, [100, 110, 120, 130, 140], 2000);
    expect(layout.map((l) => [l.row, l.showLabel])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, true],
      [0, false],
    ]);
  });

  it('reuses the top row once the previous label has ended', () => {
    const layout = layoutItems([milestone('Start'), milestone('End')], [100, 300], 2000);
    expect(layout.map((l) => l.row)).toEqual([0, 0]);
  });

  it('puts a label on the left of its marker at the right edge', () => {
    const [last] = layoutItems([milestone('Check-in')], [1990], 2000);
    expect(last).toMatchObject({ row: 0, showLabel: true, flip: true });
  });

  it('puts action items closed below those created, and drops labels that would collide', () => {
    const layout = layoutItems(
      [
        { lane: 'actions', kind: 'actions-created', label: '+2', stack: 0 },
        { lane: 'actions', kind: 'actions-closed', label: '✓1', stack: 1 },
        { lane: 'actions', kind: 'actions-created', label: '+3', stack: 0 },
      ],
      [100, 100, 110],
      2000,
    );
    expect(layout.map((l) => [l.row, l.showLabel])).toEqual([
      [0, true],
      [1, true],
      [0, false],
    ]);
  });
});

describe('the scale in a zone that skipped a day (Apia, 30 Dec 2011)', () => {
  // Node reads TZ when it is set (the renderer's tests have no Node types: vi.stubEnv sets it).
  beforeEach(() => vi.stubEnv('TZ', 'Pacific/Apia'));
  afterEach(() => vi.unstubAllEnvs());

  it('places every calendar date a day apart, the skipped one included', () => {
    const scale = makeScale('2011-12-25', '2012-01-10', 10);
    expect(scale.x('2011-12-31') - scale.x('2011-12-29')).toBe(20);
    expect(scale.dateAt(scale.x('2011-12-30'))).toBe('2011-12-30');
    expect(nearestIndex(['2011-12-29', '2012-01-02'], '2011-12-31')).toBe(0);
  });

  it('puts the weekly ticks on the Mondays', () => {
    const scale = makeScale('2011-12-19', '2012-01-16', 20);
    expect(ticks(scale, '2011-12-19', '2012-01-16').map((t) => `${t.date} ${t.label}`)).toEqual([
      '2011-12-19 19 Dec',
      '2011-12-26 26 Dec',
      '2012-01-02 2 Jan',
      '2012-01-09 9 Jan',
      '2012-01-16 16 Jan',
    ]);
  });
});
