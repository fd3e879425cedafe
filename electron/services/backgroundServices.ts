import path from 'node:path';
import type { FileWriter } from '../storage/fileWriter';
import type { EventSink, MainServicesOptions } from './mainServices';
import type { Services } from './openServices';
import { SearchCache, nodeCacheFiles } from './search/searchCache';
import { SearchService } from './search/searchService';
import { serviceSearchSource } from './search/serviceSource';
import { watchEngagements } from './watchEngagements';
import { openTeam } from '../team/openTeam';

/**
 * What runs beside the services once the window is open (startBackground), never on the
 * start-up path: the search index, fed by every change of an engagement, and the watch on
 * the engagements' folders, which reads back what other programs change (never the app's own
 * saves); the team workspace, which commits and syncs in the background.
 */
export function openBackgroundServices(
  services: Services,
  context: {
    dataDir: string;
    options: MainServicesOptions;
    /** The one writer: the watch tells the app's own saves from other programs' changes by it. */
    writer: FileWriter;
    log: (message: string, error: unknown) => void;
    emit: EventSink;
  } & Omit<Parameters<typeof openTeam>[0], 'engagements'>,
) {
  const { dataDir, options, writer, log, emit } = context;
  const search = new SearchService({
    source: serviceSearchSource(services),
    cache: new SearchCache(path.join(dataDir, 'search'), nodeCacheFiles),
    onProgress: (progress) => emit('search-progress', { progress }),
    onUpdated: () => emit('search-updated', {}),
    log,
  });
  services.engagements.onChange((engagementId) => search.changed(engagementId));
  const watcher = watchEngagements(services.engagements, path.join(dataDir, 'engagements'), {
    debounceMs: options.watchDebounceMs ?? 300,
    writer,
    log,
    emit,
  });
  const team = openTeam({ ...context, engagements: services.engagements }, options, context.writer);
  services.lifecycle.mine = (doc) => team.isMine(doc);
  return { search, watcher, team };
}
