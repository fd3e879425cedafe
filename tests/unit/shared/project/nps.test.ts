import { describe, expect, it } from 'vitest';
import { formatNps, npsCategory, npsOf, npsReport } from '../../../../shared/project/nps';

describe('NPS maths', () => {
  it('has no score with no responses, and says so', () => {
    expect(npsOf([])).toEqual({
      count: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
      distribution: Array(11).fill(0),
    });
    expect(formatNps(null)).toBe('–');
  });

  it('sorts scores into detractors (0–6), passives (7–8) and promoters (9–10)', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('is +100 when everyone promotes, −100 when everyone detracts, 0 with only passives', () => {
    expect(npsOf([9, 10, 10]).nps).toBe(100);
    expect(npsOf([0, 3, 6]).nps).toBe(-100);
    expect(npsOf([7, 8, 7, 8]).nps).toBe(0);
  });

  it('is % promoters − % detractors, passives counting only in the total', () => {
    // 5 promoters, 2 passives, 3 detractors of 10: 50% − 30% = 20.
    const summary = npsOf([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]);
    expect(summary).toMatchObject({ count: 10, promoters: 5, passives: 2, detractors: 3, nps: 20 });
    expect(summary.distribution).toEqual([0, 0, 0, 1, 0, 1, 1, 1, 1, 3, 2]);
  });

  it('rounds to a whole number, halves away from zero on both sides', () => {
    // 1 promoter of 3: 33.33… → 33; 2 of 3: 66.66… → 67.
    expect(npsOf([9, 7, 7]).nps).toBe(33);
    expect(npsOf([9, 9, 7]).nps).toBe(67);
    // 1 net promoter of 8 is 12.5; 1 net detractor of 8 is −12.5: both round away from zero.
    expect(npsOf([9, 7, 7, 7, 7, 7, 7, 7]).nps).toBe(13);
    expect(npsOf([0, 7, 7, 7, 7, 7, 7, 7]).nps).toBe(-13);
    // Never a negative zero.
    expect(Object.is(npsOf([9, 0, 7]).nps, 0)).toBe(true);
  });

  it('ignores scores outside 0–10 or not whole (they cannot pass validation anyway)', () => {
    expect(npsOf([10, 11, -1, 7.5]).count).toBe(1);
  });

  it('breaks the score down by role; roles nobody answered for have no score', () => {
    const report = npsReport([
      { role: 'engineer', score: 10 },
      { role: 'engineer', score: 9 },
      { role: 'engineer', score: 4 },
      { role: 'product', score: 6 },
      { role: 'product', score: 8 },
    ]);
    expect(report.count).toBe(5);
    expect(report.nps).toBe(0); // 2 promoters, 2 detractors of 5
    expect(report.byRole.engineer).toMatchObject({ count: 3, promoters: 2, detractors: 1, nps: 33 });
    expect(report.byRole.product).toMatchObject({ count: 2, promoters: 0, detractors: 1, nps: -50 });
    expect(report.byRole.other).toMatchObject({ count: 0, nps: null });
  });

  it('shows the score signed', () => {
    expect([formatNps(20), formatNps(0), formatNps(-15)]).toEqual(['+20', '0', '−15']);
  });
});
