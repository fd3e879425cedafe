import type { EngagementRepository } from './engagements';
import { EngagementWatcher } from './engagementWatcher';
import type { EventSink } from './mainServices';

/**
 * The folder watch wired to the repository: each engagement folder something else changed
 * is read again, and the renderer is told when that changed what the app holds
 * ('engagement-changed'), so it shows the new version without a restart. Our own writes
 * read back as what is held and say nothing.
 */
export function watchEngagements(
  engagements: EngagementRepository,
  engagementsDir: string,
  options: { debounceMs: number; log: (message: string, error: unknown) => void; emit: EventSink },
): EngagementWatcher {
  return new EngagementWatcher(engagementsDir, {
    debounceMs: options.debounceMs,
    log: options.log,
    onChange: (engagementId) => {
      try {
        const { how, name } = engagements.reloadFromDisk(engagementId, engagementsDir);
        if (how === 'reloaded' || how === 'added' || how === 'removed') {
          options.emit('engagement-changed', { engagementId, name, how });
        }
      } catch (error) {
        options.log(`Reading engagements/${engagementId}/ after an outside change failed`, error);
      }
    },
  });
}
