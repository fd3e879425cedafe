import type { z } from 'zod';
import type { SearchDocSchema } from './searchSchemas';

/** The kinds of record search finds, in the order the filter lists them. */
export const SEARCH_KINDS = [
  'retro',
  'project-retro',
  'one-pager',
  'intro-notes',
  'kickoff-notes',
  'check-in-notes',
  'goal',
  'milestone',
  'nps',
  'follow-up',
  'person',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One searchable piece of a record: a note section of a retro, a goal, a milestone… A record
 * (one retro) may give several, one per section, so a result can open the section it is in.
 * `recordKey` (`${engagementId}/${kind}/${recordId}`) is what is replaced when the record
 * changes; `date` feeds the date filter, `people` the person filter. The schema is in
 * ./searchSchemas.ts (the saved index files are validated with it).
 */
export type SearchDoc = z.infer<typeof SearchDocSchema>;

export function recordKeyOf(engagementId: string, kind: SearchKind, recordId: string): string {
  return `${engagementId}/${kind}/${recordId}`;
}
