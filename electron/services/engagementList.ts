import type { ListedEngagement } from '../../shared/ipc/engagements';
import type { EngagementSummary } from '../../shared/model/engagement';

/**
 * The list as the renderer gets it ('engagements:list'): each summary, with whether the
 * engagement is read-only here, so its screens say so before anyone types into them. Not
 * part of the summaries kept in engagements-index.json: it is worked out from the records
 * at each start (and each reload), never remembered.
 */
export function listedEngagements(engagements: {
  list(): EngagementSummary[];
  isReadOnly(id: string): boolean;
}): ListedEngagement[] {
  return engagements.list().map((summary) => ({ ...summary, readOnly: engagements.isReadOnly(summary.id) }));
}
