import { FIT_CATEGORIES, RED_FLAGS, type FitCategory, type FitVote, type LifecycleSection } from '../model/lifecycle';

export interface FitTotals {
  /** Sum of the votes per category (0–2 each reviewer). */
  byCategory: Record<FitCategory, number>;
  /** Sum over the three categories. */
  total: number;
  reviewers: number;
  /** The most the total could be: 2 per category per reviewer. */
  max: number;
  /** total / max as a whole percentage; null with no reviewers yet. */
  percent: number | null;
}

export function fitTotals(votes: readonly Pick<FitVote, FitCategory>[]): FitTotals {
  const byCategory = { business: 0, technical: 0, teamFit: 0 } satisfies Record<FitCategory, number>;
  for (const vote of votes) for (const category of FIT_CATEGORIES) byCategory[category] += vote[category];
  const total = byCategory.business + byCategory.technical + byCategory.teamFit;
  const max = votes.length * 2 * FIT_CATEGORIES.length;
  return {
    byCategory,
    total,
    reviewers: votes.length,
    max,
    percent: max === 0 ? null : Math.round((total / max) * 100),
  };
}

export interface Candidate {
  id: string;
  name: string;
  hostTeam: string;
  lifecycle: Pick<LifecycleSection, 'fitVotes' | 'redFlags'>;
}

export interface CandidateRow {
  id: string;
  name: string;
  hostTeam: string;
  totals: FitTotals;
  redFlags: number;
  /** 1 for the best; candidates with the same score share a rank. Unscored ones have none. */
  rank: number | null;
}

/**
 * Candidates side by side, best first: by share of the possible score (so a candidate
 * with more reviewers is not favoured), then fewer red flags, then name. Unscored last.
 */
export function compareCandidates(candidates: readonly Candidate[]): CandidateRow[] {
  const rows = candidates.map((c) => ({
    id: c.id,
    name: c.name,
    hostTeam: c.hostTeam,
    totals: fitTotals(c.lifecycle.fitVotes),
    redFlags: RED_FLAGS.filter((f) => c.lifecycle.redFlags[f]).length,
    rank: null as number | null,
  }));
  const share = (r: CandidateRow) => (r.totals.max === 0 ? -1 : r.totals.total / r.totals.max);
  rows.sort((a, b) => share(b) - share(a) || a.redFlags - b.redFlags || a.name.localeCompare(b.name));
  let rank = 0;
  rows.forEach((row, index) => {
    if (row.totals.max === 0) return;
    const previous = rows[index - 1];
    if (!previous || share(previous) !== share(row)) rank = index + 1;
    row.rank = rank;
  });
  return rows;
}
