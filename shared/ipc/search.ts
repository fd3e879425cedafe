import { SearchAnswerSchema, SearchRequestSchema } from '../search/searchSchemas';
import type { ChannelGroup } from './common';

/** Full-text search. */
export const searchChannels = {
  /** Full-text search across every engagement (issue 17); answers while the index is still building. */
  'search:query': { request: SearchRequestSchema, response: SearchAnswerSchema },
} as const satisfies ChannelGroup;
