import { describe, expect, it } from 'vitest';
import { defaultEndDate, isIsoDate } from '../../../shared/dates';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('defaults the end date to start + N weeks, across a year end', () => {
    expect(defaultEndDate('2026-11-23', 10)).toBe('2027-02-01');
  });
});
