import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../../shared/team/mergeJson';
import { edited, goal, ids, RETRO_R1, richRecord, type RecordJson } from './teamWorld';

const goals = richRecord('goals.json');
const goalIds = (record: unknown) => ids((record as RecordJson).goals);
const withGoals = (...list: unknown[]) => edited(goals, [['goals'], list]);
const [g2, g1] = goals.goals as Record<string, unknown>[];

describe('merging lists whose items have ids, item by item', () => {
  it('keeps the items each side added', () => {
    const ours = edited(goals, [['goals', 'g3'], goal('g3', 'Adopt in production')]);
    const theirs = edited(goals, [['goals', 'g4'], goal('g4', 'Refunds in a day')]);
    const { merged, conflicts } = mergeRecord(goals, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(goalIds(merged)).toEqual(['g2', 'g1', 'g3', 'g4']);
  });

  it('places theirs’ new item after the item that precedes it on their side', () => {
    const g4 = goal('g4', 'Refunds in a day');
    const ours = withGoals(g2, g1, goal('g3', 'Adopt in production'));
    const theirs = withGoals(g2, g4, g1);
    expect(goalIds(mergeRecord(goals, ours, theirs).merged)).toEqual(['g2', 'g4', 'g1', 'g3']);
    expect(goalIds(mergeRecord(goals, withGoals(g4, g2, g1), goals).merged)).toEqual(['g4', 'g2', 'g1']);
  });

  it('orders items both sides added at one place the same way whichever side is ours', () => {
    const ours = withGoals(g2, g1, goal('gB', 'B'), goal('gC', 'C'));
    const theirs = withGoals(g2, g1, goal('gA', 'A'));
    expect(goalIds(mergeRecord(goals, ours, theirs).merged)).toEqual(['g2', 'g1', 'gA', 'gB', 'gC']);
    expect(goalIds(mergeRecord(goals, theirs, ours).merged)).toEqual(['g2', 'g1', 'gA', 'gB', 'gC']);
  });

  it('deletes an item deleted on one side and left as it was on the other', () => {
    const ours = edited(goals, [['goals', 'g1'], undefined]);
    const theirs = edited(goals, [['goals', 'g2', 'title'], 'Deploys < 8 min']);
    const { merged, conflicts } = mergeRecord(goals, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(withGoals({ ...g2, title: 'Deploys < 8 min' }));
  });

  it('keeps, edited and with no conflict, an item deleted on one side and edited on the other', () => {
    const ours = edited(goals, [['goals', 'g1'], undefined]);
    const theirs = edited(goals, [['goals', 'g1', 'target'], '50%']);
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { merged, conflicts } = mergeRecord(goals, a, b);
      expect(conflicts).toEqual([]);
      expect(merged).toEqual(withGoals(g2, { ...g1, target: '50%' }));
    }
  });

  it('merges one item edited on both sides field by field, and names a conflict by the item’s id', () => {
    const ours = edited(goals, [['goals', 'g1', 'title'], 'Checkout live'], [['goals', 'g1', 'target'], '90%']);
    const theirs = edited(goals, [['goals', 'g1', 'metric'], 'orders'], [['goals', 'g1', 'target'], '80%']);
    const { merged, conflicts } = mergeRecord(goals, ours, theirs);
    expect(conflicts).toEqual([{ path: ['goals', 'g1', 'target'], base: '10 min', ours: '90%', theirs: '80%' }]);
    expect(merged).toEqual(withGoals(g2, { ...g1, title: 'Checkout live', metric: 'orders', target: '90%' }));
  });

  it('keeps the order one side moved items into, with the other side’s edits', () => {
    const milestones = richRecord('milestones.json');
    const [m2, m1] = milestones.milestones as Record<string, unknown>[];
    const ours = edited(milestones, [['milestones'], [m1, m2]]);
    const theirs = edited(milestones, [['milestones', 'm2', 'note'], 'Went well']);
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { merged, conflicts } = mergeRecord(milestones, a, b);
      expect(conflicts).toEqual([]);
      expect(merged).toEqual(edited(milestones, [['milestones'], [m1, { ...m2, note: 'Went well' }]]));
    }
  });

  it('conflicts on the whole list when both sides moved items differently', () => {
    const g3 = goal('g3', 'Adopt in production');
    const base = withGoals(g2, g1, g3);
    const ours = withGoals(g1, g2, g3);
    const theirs = withGoals(g3, g2, { ...g1, title: 'Checkout live' });
    const { merged, conflicts } = mergeRecord(base, ours, theirs);
    expect(conflicts).toEqual([{ path: ['goals'], base: base.goals, ours: ours.goals, theirs: theirs.goals }]);
    expect(merged).toEqual(ours);
  });

  it('merges a retro’s goal scores by goal: two people scoring different goals keep both', () => {
    const retro = richRecord(RETRO_R1);
    const ours = edited(retro, [['goalScores', 'g1'], { goalId: 'g1', score: 60, note: 'on track' }]);
    const theirs = edited(retro, [['goalScores', 'g2', 'score'], 45]);
    const { merged, conflicts } = mergeRecord(retro, ours, theirs);
    expect(conflicts).toEqual([]);
    expect((merged as RecordJson).goalScores).toEqual([
      { goalId: 'g2', score: 45, note: 'slow CI' },
      { goalId: 'g1', score: 60, note: 'on track' },
    ]);
    const other = edited(retro, [['goalScores', 'g2', 'score'], 50]);
    expect(mergeRecord(retro, theirs, other).conflicts).toEqual([
      { path: ['goalScores', 'g2', 'score'], base: 30, ours: 45, theirs: 50 },
    ]);
  });

  it('treats a list as one value when an id is missing or repeated', () => {
    const repeated = withGoals(g2, g1, { ...g1, title: 'Twin' });
    const { conflicts } = mergeRecord(goals, repeated, withGoals(g2));
    expect(conflicts.map((c) => c.path)).toEqual([['goals']]);
  });
});
