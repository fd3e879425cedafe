import type { MainServicesOptions } from '../services/mainServices';
import type { FileWriter } from '../storage/fileWriter';
import { watchEngagements } from '../services/watchEngagements';
import { TeamService, type TeamDeps } from './teamService';

/** The team workspace's service with the app's options: git's, the quiet period, the sync interval, the folder watch. */
export function openTeam(
  deps: Omit<TeamDeps, 'git' | 'commitQuietMs' | 'syncIntervalMs' | 'watchRoot'>,
  options: MainServicesOptions,
  writer: FileWriter,
): TeamService {
  const { engagements, log, emit } = deps;
  return new TeamService({
    ...deps,
    ...(options.git ? { git: options.git } : {}),
    ...(options.teamCommitQuietMs !== undefined ? { commitQuietMs: options.teamCommitQuietMs } : {}),
    ...(options.teamSyncIntervalMs !== undefined ? { syncIntervalMs: options.teamSyncIntervalMs } : {}),
    // git's checkouts change the workspace's folders: they are read back as any outside change.
    watchRoot: (root) =>
      watchEngagements(engagements, root, { debounceMs: options.watchDebounceMs ?? 300, writer, log, emit }),
  });
}
