import { addDays, addMonths, format, startOfISOWeek, startOfMonth } from 'date-fns';
import { addDaysIso, calendarDate, daysBetween, isoOfCalendarDate } from '../../../shared/dates';
import { LANES, laneTopOf } from './lanes';
import { layoutLabels, type Box, type LabelBand, type LabelPlacement } from '../../../shared/project/timelineLabels';

/** Space left and right of the axis so the first and last markers are not cut. */
export const AXIS_PAD = 40;
/** The closest zoom shows about this many days across the view: a week and a bit. */
const CLOSEST_DAYS = 12;

export interface Scale {
  from: string;
  pxPerDay: number;
  /** Width of the whole axis, padding included. */
  width: number;
  x: (isoDate: string) => number;
  dateAt: (x: number) => string;
}

export function makeScale(from: string, to: string, pxPerDay: number): Scale {
  const days = Math.max(1, daysBetween(from, to));
  return {
    from,
    pxPerDay,
    width: Math.ceil(days * pxPerDay + 2 * AXIS_PAD),
    x: (isoDate) => AXIS_PAD + daysBetween(from, isoDate) * pxPerDay,
    dateAt: (x) => addDaysIso(from, Math.round((x - AXIS_PAD) / pxPerDay)),
  };
}

/**
 * Zoom levels in pixels per day: the first fits the whole engagement (start to check-in)
 * in the view, each next doubles, the last shows about a week and a half.
 */
export function zoomLevels(from: string, to: string, viewWidth: number): number[] {
  const days = Math.max(1, daysBetween(from, to));
  const fit = Math.max(0.5, (viewWidth - 2 * AXIS_PAD) / days);
  const closest = Math.max(fit, viewWidth / CLOSEST_DAYS);
  const levels = [fit];
  while ((levels.at(-1) ?? fit) * 2 < closest) levels.push((levels.at(-1) ?? fit) * 2);
  if (closest > fit) levels.push(closest);
  return levels;
}

/**
 * The items to draw: those whose x lies within the visible window widened by `margin`
 * on each side. `xs` must be ascending (items are in date order); a binary search keeps
 * this cheap for thousands of items.
 */
export function visibleRange(xs: readonly number[], left: number, right: number, margin: number): [number, number] {
  const lower = (value: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = lower(left - margin);
  const end = lower(right + margin + 0.5);
  return [start, Math.max(start, end)];
}

export interface Tick {
  date: string;
  x: number;
  label: string;
  major: boolean;
}

/**
 * Axis ticks: every week when weeks are wide enough to label, else every month (weeks as minor
 * lines). The dates are calendar dates in UTC (shared/dates.ts), so no zone moves a tick.
 */
export function ticks(scale: Scale, from: string, to: string): Tick[] {
  const weekPx = scale.pxPerDay * 7;
  const out: Tick[] = [];
  const end = calendarDate(to);
  if (weekPx >= 56) {
    for (let d = startOfISOWeek(calendarDate(from)); d <= end; d = addDays(d, 7)) {
      const iso = isoOfCalendarDate(d);
      out.push({ date: iso, x: scale.x(iso), label: format(d, 'd MMM'), major: d.getDate() <= 7 });
    }
  } else {
    for (let d = startOfMonth(calendarDate(from)); d <= end; d = addMonths(d, 1)) {
      const iso = isoOfCalendarDate(d);
      out.push({ date: iso, x: scale.x(iso), label: format(d, d.getMonth() === 0 ? 'MMM yyyy' : 'MMM'), major: true });
    }
    if (weekPx >= 10) {
      for (let d = startOfISOWeek(calendarDate(from)); d <= end; d = addDays(d, 7)) {
        const iso = isoOfCalendarDate(d);
        out.push({ date: iso, x: scale.x(iso), label: '', major: false });
      }
    }
  }
  return out.filter((t) => t.x >= 0);
}

/** The index of the item closest in time to `date` (items in date order); -1 when there are none. */
export function nearestIndex(dates: readonly string[], date: string): number {
  if (dates.length === 0) return -1;
  let best = 0;
  let bestGap = Infinity;
  dates.forEach((d, i) => {
    const gap = Math.abs(daysBetween(date, d));
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}

export interface LayoutItem {
  lane: 'milestones' | 'retros' | 'actions';
  kind: string;
  label: string;
  stack: number;
}

export interface ItemLayout {
  /** Row within the lane (0 at the top). */
  row: number;
  showLabel: boolean;
  /** The label goes left of the marker (no room on the right). */
  flip: boolean;
}

export const LANE_ROWS = { milestones: 4, retros: 2, actions: 2 } as const;

/** The lanes as label bands, tops measured from the first lane's top (the Today line spans them all). */
const SHAPES: Record<LayoutItem['lane'], Pick<LabelBand, 'shape' | 'marker' | 'labelOffset'>> = {
  milestones: { shape: 'row', marker: 16, labelOffset: 11 },
  retros: { shape: 'column', marker: 16, labelOffset: 0 },
  actions: { shape: 'row', marker: 10, labelOffset: 8 },
};
const BANDS = Object.fromEntries(
  LANES.map((lane) => [
    lane.id,
    { top: laneTopOf(0, lane.id), rows: LANE_ROWS[lane.id], rowGap: lane.rowGap, ...SHAPES[lane.id] },
  ]),
) as Record<LayoutItem['lane'], LabelBand>;

/** The Today line as an obstacle: 2px wide, down every lane. */
export function todayObstacle(x: number): Box {
  return { x: x - 1, y: -10_000, w: 2, h: 20_000 };
}

/**
 * Where each item sits in its lane and whether its label shows (timelineLabels.ts: no label
 * overlaps another, a marker, the Today line or an edge). Items of one day stack; action
 * items closed sit under those created when there is room. `xs` ascending.
 */
export function layoutItems(
  items: readonly LayoutItem[],
  xs: readonly number[],
  width: number,
  todayX: number | null = null,
): LabelPlacement[] {
  return layoutLabels({
    bands: BANDS,
    width,
    obstacles: todayX === null ? [] : [todayObstacle(todayX)],
    items: items.map((item, i) => ({
      band: item.lane,
      x: xs[i] ?? 0,
      label: item.label,
      preferredRow: item.lane === 'actions' ? (item.kind === 'actions-closed' ? 1 : 0) : item.stack,
    })),
  });
}
