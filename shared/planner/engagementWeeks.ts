import { compareWeekKeys, weekKeyOf, weekRange, type WeekKey } from '../week';
import type { DateRange } from './template';

/**
 * The weeks an engagement's own planner offers: every week its dates touch, and, outside
 * them, each week that carries one of its lifecycle dates (a kick-off before the start,
 * the three-month check-in and follow-ups after the end), so those can be exported too.
 */
export interface EngagementWeeks {
  first: WeekKey;
  last: WeekKey;
  /** Weeks before `first` or after `last` with a lifecycle date, sorted, each once. */
  outside: readonly WeekKey[];
}

export function engagementWeeks(range: DateRange, lifecycleDates: readonly string[]): EngagementWeeks {
  const first = weekKeyOf(range.start);
  const last = weekKeyOf(range.end);
  const outside = [...new Set(lifecycleDates.map(weekKeyOf))]
    .filter((week) => compareWeekKeys(week, first) < 0 || compareWeekKeys(week, last) > 0)
    .sort(compareWeekKeys);
  return { first, last, outside };
}

/** Whether the week is one the engagement's dates touch (its board can be planned). */
export function isWithinEngagement(week: WeekKey, weeks: EngagementWeeks): boolean {
  return compareWeekKeys(week, weeks.first) >= 0 && compareWeekKeys(week, weeks.last) <= 0;
}

export function isOfferedWeek(week: WeekKey, weeks: EngagementWeeks): boolean {
  return isWithinEngagement(week, weeks) || weeks.outside.includes(week);
}

/**
 * The week to show for a wanted one: itself when offered; before the engagement, its first
 * week; after it, the latest offered week before it (so the end week, or the check-in week
 * for a week past it).
 */
export function clampToEngagement(week: WeekKey, weeks: EngagementWeeks): WeekKey {
  if (isOfferedWeek(week, weeks)) return week;
  if (compareWeekKeys(week, weeks.first) < 0) return weeks.first;
  const earlier = weeks.outside.filter((w) => compareWeekKeys(w, week) < 0).at(-1);
  return earlier !== undefined && compareWeekKeys(earlier, weeks.last) > 0 ? earlier : weeks.last;
}

/** Every offered week, in order. */
export function offeredWeeks(weeks: EngagementWeeks): WeekKey[] {
  return [...weeks.outside, ...weekRange(weeks.first, weeks.last)].sort(compareWeekKeys);
}

/** The next (+1) or previous (−1) offered week, skipping the weeks between; null at either end. */
export function stepWeek(week: WeekKey, weeks: EngagementWeeks, direction: 1 | -1): WeekKey | null {
  const offered = offeredWeeks(weeks);
  const next =
    direction === 1
      ? offered.find((w) => compareWeekKeys(w, week) > 0)
      : offered.findLast((w) => compareWeekKeys(w, week) < 0);
  return next ?? null;
}
