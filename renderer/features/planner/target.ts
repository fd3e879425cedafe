import type { EngagementSummary } from '../../../shared/model/engagement';
import type { PlannerScope } from '../../../shared/model/planner';
import type { DateRange } from '../../../shared/planner';

/**
 * What the planner shows a week for: an engagement (with its dates and people) or plain weeks.
 * Its own module so the planner's parts (board, day panel, insights) need not import the view
 * that renders them.
 */
export interface PlannerTarget {
  scope: PlannerScope;
  engagement: EngagementSummary | null;
  range: DateRange | null;
}

/** The target for a week owned by this engagement (its id, looked up in the list), or a plain week (null). */
export function plannerTarget(engagementId: string | null, summaries: readonly EngagementSummary[]): PlannerTarget {
  const engagement = engagementId === null ? null : (summaries.find((s) => s.id === engagementId) ?? null);
  return {
    scope: engagementId === null ? { kind: 'plain' } : { kind: 'engagement', id: engagementId },
    engagement,
    range: engagement ? { start: engagement.startDate, end: engagement.endDate } : null,
  };
}
