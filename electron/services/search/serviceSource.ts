import type { EngagementRecords } from '../../../shared/search/recordDocs';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import type { SearchSource } from './searchService';

/**
 * Search reads through the repository, as the services do, so it follows it wherever the
 * records live (one file today, a file per record with storage v10, a team workspace later).
 * In place, not copied: a big engagement is megabytes, and it is read after every save burst.
 */
export function serviceSearchSource(services: { engagements: EngagementRepository }): SearchSource {
  const { engagements } = services;
  return {
    engagementIds: () => engagements.list().map((summary) => summary.id),
    read: (engagementId): EngagementRecords | null => {
      try {
        const doc = engagements.readDoc(engagementId);
        return { engagement: doc.engagement, retro: doc.retro, project: doc.project, lifecycle: doc.lifecycle };
      } catch (error) {
        if (error instanceof AppError && error.code === 'not-found') return null;
        throw error;
      }
    },
  };
}
