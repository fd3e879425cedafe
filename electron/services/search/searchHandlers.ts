import type { HandlersFor } from '../router';
import type { SearchService } from './searchService';

/** The search:* channels. */
export function searchHandlers(search: SearchService): HandlersFor<'search'> {
  return {
    'search:query': ({ query, filters, limit }) => search.search(query, filters, limit),
  };
}
