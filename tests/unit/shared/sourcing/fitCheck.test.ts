import { describe, expect, it } from 'vitest';
import { compareCandidates, fitTotals, type Candidate } from '../../../../shared/sourcing/fitCheck';
import { emptyLifecycleSection, type FitVote } from '../../../../shared/model/lifecycle';

const vote = (reviewer: string, business: 0 | 1 | 2, technical: 0 | 1 | 2, teamFit: 0 | 1 | 2): FitVote => ({
  id: reviewer,
  reviewer,
  business,
  technical,
  teamFit,
});

function candidate(id: string, votes: FitVote[], flags: Partial<Candidate['lifecycle']['redFlags']> = {}): Candidate {
  const empty = emptyLifecycleSection();
  return {
    id,
    name: `Team ${id}`,
    hostTeam: id,
    lifecycle: { fitVotes: votes, redFlags: { ...empty.redFlags, ...flags } },
  };
}

describe('fitTotals', () => {
  it('sums each category over the reviewers, and the whole', () => {
    const totals = fitTotals([vote('Ana', 2, 1, 0), vote('Ben', 2, 2, 1)]);
    expect(totals.byCategory).toEqual({ business: 4, technical: 3, teamFit: 1 });
    expect(totals.total).toBe(8);
    expect(totals.reviewers).toBe(2);
    expect(totals.max).toBe(12);
    expect(totals.percent).toBe(67);
  });

  it('has no percentage before anyone voted', () => {
    expect(fitTotals([])).toEqual({
      byCategory: { business: 0, technical: 0, teamFit: 0 },
      total: 0,
      reviewers: 0,
      max: 0,
      percent: null,
    });
  });

  it('is 100% with every thumb up and 0% with every thumb down', () => {
    expect(fitTotals([vote('A', 2, 2, 2)]).percent).toBe(100);
    expect(fitTotals([vote('A', 0, 0, 0), vote('B', 0, 0, 0)]).percent).toBe(0);
  });
});

describe('compareCandidates', () => {
  it('ranks by share of the possible score, so more reviewers are not favoured', () => {
    const rows = compareCandidates([
      candidate('many', [vote('A', 1, 1, 1), vote('B', 1, 1, 1), vote('C', 2, 1, 1)]), // 10/18
      candidate('one', [vote('A', 2, 2, 1)]), // 5/6
    ]);
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ['one', 1],
      ['many', 2],
    ]);
  });

  it('breaks a tie with fewer red flags first, and gives tied scores the same rank', () => {
    const rows = compareCandidates([
      candidate('flagged', [vote('A', 2, 2, 2)], { timeZones: true, smallTeam: true }),
      candidate('clean', [vote('A', 2, 2, 2)]),
      candidate('low', [vote('A', 0, 1, 0)]),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['clean', 'flagged', 'low']);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(rows.find((r) => r.id === 'flagged')?.redFlags).toBe(2);
  });

  it('lists unscored candidates last, without a rank', () => {
    const rows = compareCandidates([candidate('new', []), candidate('scored', [vote('A', 0, 0, 0)])]);
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ['scored', 1],
      ['new', null],
    ]);
  });
});
