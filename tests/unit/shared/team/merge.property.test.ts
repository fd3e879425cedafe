import { describe, expect, it } from 'vitest';
import { kindOfPath } from '../../../../shared/model/records/recordPaths';
import { readRecord } from '../../../../shared/model/records/recordSchemas';
import { mergeRecord, type MergeResult } from '../../../../shared/team/mergeJson';
import { mergeRecordFile } from '../../../../shared/team/mergeRecordFile';
import { asymmetries, lostOrHidden } from './mergeProperties';
import { Dice } from './dice';
import { randomEdits } from './randomEdits';
import { richRecords } from './teamWorld';

const RUNS = 600;
const records = [...richRecords()];

function valid(path: string, record: unknown): boolean {
  const kind = kindOfPath(path);
  return kind !== null && readRecord(kind, record).ok;
}

/** Each run: one record of the rich engagement, edited at random on two laptops. */
function* runs(): Generator<{ seed: number; path: string; base: unknown; ours: unknown; theirs: unknown }> {
  for (let seed = 1; seed <= RUNS; seed++) {
    const dice = new Dice(seed);
    const [path, base] = dice.pick(records);
    yield { seed, path, base, ours: randomEdits(path, base, dice), theirs: randomEdits(path, base, dice) };
  }
}

describe('merging random edits of realistic records (seeded)', () => {
  for (const [name, merge] of [
    ['mergeRecord', (_path: string, b: unknown, o: unknown, t: unknown) => mergeRecord(b, o, t)],
    ['mergeRecordFile', mergeRecordFile],
  ] as const) {
    it(`${name}: loses no edit, keeps both values of a field changed on both sides, and gives the same record either way round`, () => {
      const problems: string[] = [];
      let conflicted = 0;
      let wholeInOneDirection = 0;
      for (const { seed, path, base, ours, theirs } of runs()) {
        const forward: MergeResult = merge(path, base, ours, theirs);
        const backward: MergeResult = merge(path, base, theirs, ours);
        if (forward.conflicts.length > 0) conflicted++;
        // Which record a conflict holds meanwhile (ours) decides whether the schema's rules hold,
        // so mergeRecordFile may make the whole record the conflict in one direction only.
        const whole = [forward, backward].some((r) => r.conflicts.some((c) => c.path.length === 0));
        if (whole && name === 'mergeRecordFile') wholeInOneDirection++;
        const found = [
          ...lostOrHidden(base, ours, theirs, forward),
          ...lostOrHidden(base, theirs, ours, backward),
          ...(whole && name === 'mergeRecordFile' ? [] : asymmetries(forward, backward)),
        ];
        expect(merge(path, base, ours, ours)).toEqual({ merged: ours, conflicts: [] });
        problems.push(...found.map((p) => `seed ${seed} ${path}: ${p}`));
      }
      expect(problems).toEqual([]);
      // The generator makes both kinds of case: runs with conflicts, and runs without.
      expect(conflicted).toBeGreaterThan(RUNS / 10);
      expect(conflicted).toBeLessThan(RUNS);
      expect(wholeInOneDirection).toBeLessThan(RUNS / 20);
    });
  }

  it('mergeRecordFile: the merged record passes its schema whenever both sides did', () => {
    const invalid: string[] = [];
    let brokenByPlainMerge = 0;
    for (const { seed, path, base, ours, theirs } of runs()) {
      expect(valid(path, ours) && valid(path, theirs)).toBe(true);
      if (!valid(path, mergeRecord(base, ours, theirs).merged)) brokenByPlainMerge++;
      if (!valid(path, mergeRecordFile(path, base, ours, theirs).merged)) invalid.push(`seed ${seed} ${path}`);
    }
    expect(invalid).toEqual([]);
    // Field by field alone does break cross-field rules now and then: the schema check is needed.
    expect(brokenByPlainMerge).toBeGreaterThan(0);
  });
});
