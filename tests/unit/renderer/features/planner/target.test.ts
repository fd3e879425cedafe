import { describe, expect, it } from 'vitest';
import type { EngagementSummary } from '../../../../../shared/model/engagement';
import { plannerTarget } from '../../../../../renderer/features/planner/target';

const summary = (id: string, startDate: string, endDate: string): EngagementSummary => ({
  id,
  name: id,
  hostTeam: '',
  status: 'active',
  startDate,
  endDate,
  peopleCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const list = [summary('e1', '2026-01-05', '2026-03-13'), summary('e2', '2026-02-02', '2026-04-10')];

describe('planner target', () => {
  it('a week owned by an engagement is planned in its scope, within its dates', () => {
    expect(plannerTarget('e2', list)).toEqual({
      scope: { kind: 'engagement', id: 'e2' },
      engagement: list[1],
      range: { start: '2026-02-02', end: '2026-04-10' },
    });
  });

  it('a week no engagement owns is a plain week, with no range', () => {
    expect(plannerTarget(null, list)).toEqual({ scope: { kind: 'plain' }, engagement: null, range: null });
  });

  it('keeps the engagement scope of an id not (yet) in the list, without dates', () => {
    expect(plannerTarget('gone', list)).toEqual({
      scope: { kind: 'engagement', id: 'gone' },
      engagement: null,
      range: null,
    });
  });
});
