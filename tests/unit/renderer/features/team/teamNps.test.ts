import { describe, expect, it } from 'vitest';
import { teamNpsOverall, teamNpsRows } from '../../../../../renderer/features/team/teamNps';

const point = (engagementId: string, engagementName: string, date: string, score: number) => ({
  engagementId,
  engagementName,
  date,
  score,
});

describe('the team’s NPS across the workspace', () => {
  it('scores each engagement from all its responses, dated by the last one, in date order', () => {
    const rows = teamNpsRows([
      point('e2', 'Search', '2027-03-01', 10),
      point('e1', 'Payments', '2026-12-10', 9),
      point('e1', 'Payments', '2026-12-12T09:30:00.000Z', 3),
      point('e2', 'Search', '2027-02-20', 8),
    ]);
    expect(rows).toEqual([
      {
        engagementId: 'e1',
        name: 'Payments',
        date: '2026-12-12',
        count: 2,
        promoters: 1,
        passives: 0,
        detractors: 1,
        nps: 0,
      },
      {
        engagementId: 'e2',
        name: 'Search',
        date: '2027-03-01',
        count: 2,
        promoters: 1,
        passives: 1,
        detractors: 0,
        nps: 50,
      },
    ]);
  });

  it('has no rows without responses, and leaves out scores outside 0–10', () => {
    expect(teamNpsRows([])).toEqual([]);
    expect(teamNpsRows([point('e1', 'Payments', '2026-12-10', 11)])).toEqual([]);
  });

  it('gives the team’s one number over every response', () => {
    expect(
      teamNpsOverall([
        point('e1', 'P', '2026-12-10', 10),
        point('e2', 'S', '2027-01-10', 0),
        point('e2', 'S', '2027-01-11', 9),
      ]),
    ).toEqual({ nps: 33, count: 3 });
    expect(teamNpsOverall([])).toEqual({ nps: null, count: 0 });
  });
});
