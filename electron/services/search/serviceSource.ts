import type { EngagementRecords } from '../../../shared/search/recordDocs';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import type { LifecycleService } from '../lifecycle';
import type { ProjectRetroService } from '../projectRetro';
import type { RetroService } from '../retros';
import type { SearchSource } from './searchService';

export interface SearchedServices {
  engagements: EngagementRepository;
  retros: RetroService;
  project: ProjectRetroService;
  lifecycle: LifecycleService;
}

/**
 * Search reads through the services, as the screens do, so it follows them wherever the
 * records live (one file today, a file per record with storage v10, a team workspace later).
 */
export function serviceSearchSource(services: SearchedServices): SearchSource {
  return {
    engagementIds: () => services.engagements.list().map((summary) => summary.id),
    read: (engagementId): EngagementRecords | null => {
      try {
        return {
          engagement: services.engagements.get(engagementId),
          retro: services.retros.section(engagementId),
          project: services.project.section(engagementId),
          lifecycle: services.lifecycle.section(engagementId),
        };
      } catch (error) {
        if (error instanceof AppError && error.code === 'not-found') return null;
        throw error;
      }
    },
  };
}
