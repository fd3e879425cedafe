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
 */
export interface SearchDoc {
  /** Unique in the index: `${recordKey}#${section}`. */
  id: string;
  /** `${engagementId}/${kind}/${recordId}`: what is replaced when the record changes. */
  recordKey: string;
  engagementId: string;
  engagementName: string;
  kind: SearchKind;
  recordId: string;
  /** Where in the record the text is ('wentWell', 'metric' …), or null for the whole record. */
  section: string | null;
  /** What a result is called: "Retro of 3 Dec 2026", the goal's title … */
  title: string;
  /** The record's date (YYYY-MM-DD), for the date filter; null where a record has none. */
  date: string | null;
  /** People the record names (attendees, owners, respondents), for the person filter. */
  people: string[];
  text: string;
}

export function recordKeyOf(engagementId: string, kind: SearchKind, recordId: string): string {
  return `${engagementId}/${kind}/${recordId}`;
}
