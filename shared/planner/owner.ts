import type { EngagementSummary } from '../model/engagement';
import { datesOfWeek, type WeekKey } from '../week';
import type { DateRange } from './template';

/** Statuses whose engagements plan weeks: not sourcing (nothing is committed yet). */
function plansWeeks(summary: EngagementSummary): boolean {
  return summary.status !== 'sourcing';
}

export function overlapsWeek(range: DateRange, key: WeekKey): boolean {
  const dates = datesOfWeek(key);
  return range.start <= dates.sun && range.end >= dates.mon;
}

export type WeekOwner =
  { kind: 'engagement'; id: string } | { kind: 'plain' } | { kind: 'choose'; candidates: EngagementSummary[] };

/**
 * The engagement whose week this is: the one chosen, else the only one running that
 * week, else the only active one; several candidates ask the user; none make it a plain week.
 */
export function resolveWeekOwner(
  summaries: readonly EngagementSummary[],
  key: WeekKey,
  chosenId: string | null,
): WeekOwner {
  const candidates = summaries.filter(
    (s) => plansWeeks(s) && overlapsWeek({ start: s.startDate, end: s.endDate }, key),
  );
  if (chosenId !== null && candidates.some((c) => c.id === chosenId)) return { kind: 'engagement', id: chosenId };
  const [only] = candidates;
  if (!only) return { kind: 'plain' };
  if (candidates.length === 1) return { kind: 'engagement', id: only.id };
  const active = candidates.filter((c) => c.status === 'active');
  const [onlyActive] = active;
  if (onlyActive && active.length === 1) return { kind: 'engagement', id: onlyActive.id };
  return { kind: 'choose', candidates };
}
