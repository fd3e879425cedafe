import path from 'node:path';
import type { FileWriter } from '../storage/fileWriter';
import type { EngagementRepository } from './engagements';
import { EngagementWatcher } from './engagementWatcher';
import type { EventSink } from './mainServices';
import { changesBySomethingElse } from './outsideChanges';

/**
 * The folder watch wired to the repository: an engagement folder that something else
 * changed is read again, and the renderer is told when that changed what the app holds
 * ('engagement-changed'), so it shows the new version without a restart. The app's own
 * saves are recognised by the writer's bytes and cost no read of the folder (a 5-year
 * engagement took a whole read and parse on the main thread ~300 ms after every save).
 * While the app's own writes of the folder are not on disk, the change is looked at again
 * after the next quiet period, until they are.
 */
export function watchEngagements(
  engagements: EngagementRepository,
  engagementsDir: string,
  options: {
    debounceMs: number;
    writer: FileWriter;
    log: (message: string, error: unknown) => void;
    emit: EventSink;
    platform?: NodeJS.Platform;
  },
): EngagementWatcher {
  // Engagements known to hold another program's change, waiting until the repository may read them.
  const theirs = new Set<string>();
  return new EngagementWatcher(engagementsDir, {
    debounceMs: options.debounceMs,
    log: options.log,
    ...(options.platform ? { platform: options.platform } : {}),
    onChange: async (engagementId, paths) => {
      if (!theirs.has(engagementId)) {
        const seen = await changesBySomethingElse(options.writer, path.join(engagementsDir, engagementId), paths);
        if (!seen.outside) return seen.busy;
        theirs.add(engagementId);
      }
      try {
        const { how, name } = engagements.reloadFromDisk(engagementId, engagementsDir);
        if (how === 'busy') return paths;
        if (how === 'reloaded' || how === 'added' || how === 'removed') {
          options.emit('engagement-changed', { engagementId, name, how });
        }
      } catch (error) {
        options.log(`Reading engagements/${engagementId}/ after an outside change failed`, error);
      }
      theirs.delete(engagementId);
      return [];
    },
  });
}
