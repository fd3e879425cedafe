import { describe, expect, it } from 'vitest';
import { kindOfPath } from '../../../../shared/model/records/recordPaths';
import { readRecord } from '../../../../shared/model/records/recordSchemas';
import { mergeRecord } from '../../../../shared/team/mergeJson';
import { mergeRecordFile } from '../../../../shared/team/mergeRecordFile';
import { MAX_GOALS } from '../../../../shared/model/retro';
import { edited, goal, richRecord, WEEK_10 } from './teamWorld';

function valid(path: string, record: unknown): boolean {
  const kind = kindOfPath(path);
  return kind !== null && readRecord(kind, record).ok;
}

describe('merging a record file, with the rules of its schema', () => {
  const engagement = richRecord('engagement.json');

  it('merges as mergeRecord does when the merged record keeps every rule', () => {
    const ours = edited(engagement, [['hostTeam'], 'Payments core']);
    const theirs = edited(engagement, [['people', 'p-2', 'role'], 'tech-lead']);
    expect(mergeRecordFile('engagement.json', engagement, ours, theirs)).toEqual(mergeRecord(engagement, ours, theirs));
  });

  it('puts back a one-sided change that breaks a rule with the other side’s change, and marks it in conflict', () => {
    // Each valid alone: a later start (ours), an earlier end (theirs); merged, the end is before the start.
    const ours = edited(engagement, [['startDate'], '2026-04-20']);
    const theirs = edited(engagement, [['endDate'], '2026-04-01']);
    expect(valid('engagement.json', mergeRecord(engagement, ours, theirs).merged)).toBe(false);
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { merged, conflicts } = mergeRecordFile('engagement.json', engagement, a, b);
      expect(valid('engagement.json', merged)).toBe(true);
      expect(merged).toEqual(ours);
      expect(conflicts).toEqual([
        { path: ['endDate'], base: '2026-05-11', ours: (a as typeof ours).endDate, theirs: (b as typeof ours).endDate },
      ]);
    }
  });

  it('makes the whole record one conflict when no field alone can be put back', () => {
    const week = richRecord(WEEK_10);
    // A week needs a day: each side removed a different one of its two.
    const ours = edited(week, [['days', 'mon'], undefined]);
    const theirs = edited(week, [['days', 'fri'], undefined]);
    const { merged, conflicts } = mergeRecordFile(WEEK_10, week, ours, theirs);
    expect(merged).toEqual(ours);
    expect(conflicts).toEqual([{ path: [], base: week, ours, theirs }]);

    const person = (id: string, name: string) => ({ id, name, email: 'kenji@example.com', role: 'tech-lead' });
    const withPerson = (p: object) => edited(engagement, [['people', (p as { id: string }).id], p]);
    const twice = mergeRecordFile(
      'engagement.json',
      engagement,
      withPerson(person('p-3', 'Kenji')),
      withPerson(person('p-4', 'Kenji S.')),
    );
    expect(twice.conflicts.map((c) => c.path)).toEqual([[]]);
    expect(valid('engagement.json', twice.merged)).toBe(true);
  });

  it('makes a list one conflict when the items both sides added take it past its cap', () => {
    const goals = edited(richRecord('goals.json'), [
      ['goals'],
      Array.from({ length: MAX_GOALS - 1 }, (_, i) => goal(`g${i}`, `Goal ${i}`)),
    ]);
    const ours = edited(goals, [['goals', 'mine'], goal('mine', 'Mine')], [['goals', 'g1', 'title'], 'Ours']);
    const theirs = edited(goals, [['goals', 'yours'], goal('yours', 'Yours')], [['goals', 'g1', 'title'], 'Theirs']);
    const { merged, conflicts } = mergeRecordFile('goals.json', goals, ours, theirs);
    expect(merged).toEqual(goals);
    expect(conflicts).toEqual([{ path: ['goals'], base: goals.goals, ours: ours.goals, theirs: theirs.goals }]);
  });

  it('leaves records that were not valid, and files that are no record, to mergeRecord', () => {
    const broken = edited(engagement, [['status'], 'paused']);
    const theirs = edited(engagement, [['endDate'], '2026-02-01']);
    expect(mergeRecordFile('engagement.json', engagement, broken, theirs)).toEqual(
      mergeRecord(engagement, broken, theirs),
    );
    expect(mergeRecordFile('notes.txt.json', { a: 1 }, { a: 2 }, { a: 1, b: 2 })).toEqual({
      merged: { a: 2, b: 2 },
      conflicts: [],
    });
  });
});
