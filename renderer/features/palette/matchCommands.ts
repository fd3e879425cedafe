import MiniSearch from 'minisearch';
import { tokenize } from '../../../shared/search/searchText';
import type { Command } from './commands';

/**
 * Commands matched as search matches text: by prefix, with a typo allowed in longer words,
 * case and accents aside ("setings" finds Open settings). The list is small: it is indexed
 * again whenever it changes.
 */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  if (query.trim() === '') return [...commands];
  const index = new MiniSearch<Command>({
    fields: ['label', 'keywords', 'hint'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length < 4 ? false : 1),
      combineWith: 'AND',
      boost: { label: 3 },
    },
  });
  index.addAll(commands);
  const byId = new Map(commands.map((command) => [command.id, command]));
  return index
    .search(query)
    .map((result) => byId.get(String(result.id)))
    .filter((command): command is Command => command !== undefined);
}
