import type { PlannerSection, WeekPlan } from '../model/planner';
import type { Settings } from '../model/settings';
import { compareWeekKeys, weekKeyOf, weekRange } from '../week';
import { effectiveWeek, type DateRange } from './template';

export interface Totals {
  pairing: number;
  twenty: number;
  off: number;
}

const ZERO_TOTALS: Totals = { pairing: 0, twenty: 0, off: 0 };

export function weekTotals(plan: WeekPlan): Totals {
  const totals = { ...ZERO_TOTALS };
  for (const day of Object.values(plan.days)) totals[day.kind] += day.hours;
  return totals;
}

function addTotals(a: Totals, b: Totals): Totals {
  return { pairing: a.pairing + b.pairing, twenty: a.twenty + b.twenty, off: a.off + b.off };
}

/**
 * The share of working hours (pairing + 20% time) spent pairing, 0–1; null when there
 * are no working hours at all (a week off). Hours off do not count either way.
 */
export function pairingShare(totals: Totals): number | null {
  const working = totals.pairing + totals.twenty;
  return working === 0 ? null : totals.pairing / working;
}

export function percent(share: number): number {
  return Math.round(share * 100);
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} h`;
}

/**
 * The engagement so far: every week from its first to the current one (or its last,
 * once it is over), as planned. Null before the engagement starts.
 */
export function engagementTotals(
  section: PlannerSection,
  range: DateRange,
  settings: Settings,
  today: string,
): { totals: Totals; weeks: number } | null {
  if (today < range.start) return null;
  const first = weekKeyOf(range.start);
  const current = weekKeyOf(today);
  const last = weekKeyOf(range.end);
  const until = compareWeekKeys(current, last) < 0 ? current : last;
  const weeks = weekRange(first, until);
  const totals = weeks.reduce(
    (sum, key) => addTotals(sum, weekTotals(effectiveWeek(section.weeks[key], key, settings, range))),
    ZERO_TOTALS,
  );
  return { totals, weeks: weeks.length };
}
