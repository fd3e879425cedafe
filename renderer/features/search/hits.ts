import type { SearchKind } from '../../../shared/search/searchDoc';
import { useAppStore } from '../../store';
import type { SearchAnswer, SearchFocus } from '../../store/searchSlice';

export type SearchRecord = SearchAnswer['groups'][number]['records'][number];
export type SearchHit = SearchRecord['hits'][number];

export const KIND_LABELS: Record<SearchKind, string> = {
  retro: 'Retro',
  'project-retro': 'Project retro',
  'one-pager': 'One-pager',
  'intro-notes': 'Intro notes',
  'kickoff-notes': 'Kick-off notes',
  'check-in-notes': 'Check-in notes',
  goal: 'Goal',
  milestone: 'Milestone',
  nps: 'NPS response',
  'follow-up': 'Follow-up',
  person: 'Person',
};

/** The words a hit highlights, as written in the record: what the opened page marks. */
export function focusOf(hit: SearchHit): SearchFocus {
  const texts = hit.snippet.highlights.map(([from, to]) => hit.snippet.text.slice(from, to));
  return { section: hit.section, texts: [...new Set(texts)] };
}

export function openHit(hit: SearchHit): Promise<void> {
  return useAppStore
    .getState()
    .openSearchTarget({ engagementId: hit.engagementId, kind: hit.kind, recordId: hit.recordId }, focusOf(hit));
}
