import type { SearchKind } from '../../shared/search/searchDoc';
import type { EngagementSection, View } from './uiSlice';

/** What a search hit points at: enough to open the record. */
export interface SearchTarget {
  engagementId: string;
  kind: SearchKind;
  recordId: string;
}

/** The engagement section that shows each kind of record (retros open as themselves). */
const SECTION_OF: Record<Exclude<SearchKind, 'retro'>, EngagementSection> = {
  'project-retro': 'project',
  nps: 'project',
  'one-pager': 'sourcing',
  'intro-notes': 'sourcing',
  'kickoff-notes': 'planning',
  'check-in-notes': 'wrap-up',
  'follow-up': 'wrap-up',
  goal: 'goals',
  milestone: 'timeline',
  person: 'details',
};

export function viewOfTarget(target: SearchTarget): View {
  if (target.kind === 'retro') {
    return { kind: 'retro', engagementId: target.engagementId, retroId: target.recordId };
  }
  return { kind: 'engagement', id: target.engagementId, section: SECTION_OF[target.kind] };
}
