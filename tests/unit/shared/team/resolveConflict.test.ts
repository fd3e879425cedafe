import { describe, expect, it } from 'vitest';
import { ConflictRecordSchema } from '../../../../shared/team/conflictSchema';
import { mergeRecord } from '../../../../shared/team/mergeJson';
import { mergeRecordFile } from '../../../../shared/team/mergeRecordFile';
import { newConflictRecord } from '../../../../shared/team/newConflictRecord';
import { canKeepBoth, ConflictChoiceError, resolveConflict } from '../../../../shared/team/resolveConflict';
import { doc, line, taskItem, taskList } from '../../support/notes';
import { edited, goal, ids, RETRO_R1, RETRO_R2, richRecord, WEEK_10, type RecordJson } from './teamWorld';

const origin = (record: string) => ({
  id: 'c1',
  engagementId: 'eng-rich',
  record,
  createdAt: '2026-03-06T08:00:00.000Z',
  oursBy: null,
  theirsBy: null,
});

/** Merges, keeps the conflict as the engine does (through its schema), and returns both. */
function conflicted(record: string, base: unknown, ours: unknown, theirs: unknown) {
  const { merged, conflicts } = mergeRecordFile(record, base, ours, theirs);
  const conflict = ConflictRecordSchema.parse(
    JSON.parse(JSON.stringify(newConflictRecord(origin(record), conflicts, merged))),
  );
  return { merged, conflict };
}

describe('resolving a conflict, field by field', () => {
  const retro = richRecord(RETRO_R1);
  const ours = edited(retro, [['notes', 'wentPoorly'], doc(line('CI was red'))], [['mvpStatus'], 'Blocked on CI']);
  const theirs = edited(
    retro,
    [['notes', 'wentPoorly'], doc(line('The demo slipped'))],
    [['mvpStatus'], 'Live for 5%'],
    [['date'], '2026-03-04'],
  );
  const { merged, conflict } = conflicted(RETRO_R1, retro, ours, theirs);

  it('keeps ours, or takes theirs, in each field', () => {
    expect(conflict.fields.map((f) => f.label)).toEqual(['Went poorly', 'MVP status / blockers']);
    expect(resolveConflict(merged, conflict, ['ours', 'ours'])).toEqual(merged);
    expect(resolveConflict(merged, conflict, ['theirs', 'ours'])).toEqual(
      edited(merged, [['notes', 'wentPoorly'], doc(line('The demo slipped'))]),
    );
    expect(resolveConflict(merged, conflict, ['ours', 'theirs'])).toMatchObject({
      mvpStatus: 'Live for 5%',
      date: '2026-03-04',
    });
  });

  it('keeps both: a note gets theirs’ blocks after ours, a text theirs after a blank line', () => {
    const both = resolveConflict(merged, conflict, ['both', 'both']) as RecordJson;
    expect(both.notes).toMatchObject({ wentPoorly: doc(line('CI was red'), line('The demo slipped')) });
    expect(both.mvpStatus).toBe('Blocked on CI\n\nLive for 5%');
  });

  it('gives an action item both sides edited a fresh id in theirs’ copy, so each stays one item', () => {
    const r2 = richRecord(RETRO_R2);
    const item = (text: string, owner: string | null) =>
      doc(taskList(taskItem({ id: 'a1', owner, due: '2026-03-19' }, text), taskItem({ id: 'a1-2' }, 'Other')));
    const a = edited(r2, [['notes', 'doNextTime'], item('Split the pipeline in two', 'p-2')]);
    const b = edited(r2, [['notes', 'doNextTime'], item('Split the pipeline', 'p-1')]);
    const c = conflicted(RETRO_R2, r2, a, b);
    const both = resolveConflict(c.merged, c.conflict, ['both']) as { notes: { doNextTime: unknown } };
    const taskIds = JSON.stringify(both.notes.doNextTime).match(/"id":"[^"]+"/g);
    expect(taskIds).toEqual(['"id":"a1"', '"id":"a1-2"', '"id":"a1-3"', '"id":"a1-2-2"']);
  });

  it('refuses to keep both of anything but two notes or two texts', () => {
    expect(canKeepBoth(doc(line('a')), doc(line('b')))).toBe(true);
    expect(canKeepBoth('a', 'b')).toBe(true);
    expect(canKeepBoth(30, 45)).toBe(false);
    expect(canKeepBoth('a', doc(line('b')))).toBe(false);
    expect(canKeepBoth(undefined, 'b')).toBe(false);
    const scores = conflicted(
      RETRO_R1,
      retro,
      edited(retro, [['goalScores', 'g2', 'score'], 45]),
      edited(retro, [['goalScores', 'g2', 'score'], 50]),
    );
    expect(() => resolveConflict(scores.merged, scores.conflict, ['both'])).toThrow(
      new ConflictChoiceError('Goal · score: only two notes or two texts can be kept both. Pick one.'),
    );
  });

  it('needs one choice per field', () => {
    expect(() => resolveConflict(merged, conflict, ['ours'])).toThrow(ConflictChoiceError);
  });

  it('writes into list items by id, wherever the item is now', () => {
    const goals = richRecord('goals.json');
    const a = edited(goals, [['goals', 'g1', 'title'], 'Checkout live']);
    const b = edited(goals, [['goals', 'g1', 'title'], 'Checkout in 3 markets']);
    const c = conflicted('goals.json', goals, a, b);
    expect(c.conflict.fields[0]?.path).toEqual(['goals', 'g1', 'title']);
    const moved = edited(c.merged, [['goals'], [goal('g0', 'New first'), ...((c.merged as RecordJson).goals as [])]]);
    const resolved = resolveConflict(moved, c.conflict, ['theirs']) as RecordJson;
    expect(ids(resolved.goals)).toEqual(['g0', 'g2', 'g1']);
    expect((resolved.goals as { title: string }[])[2]?.title).toBe('Checkout in 3 markets');
  });

  it('says so when the field’s item was deleted since the conflict was found', () => {
    const goals = richRecord('goals.json');
    const c = conflicted(
      'goals.json',
      goals,
      edited(goals, [['goals', 'g1', 'title'], 'Checkout live']),
      edited(goals, [['goals', 'g1', 'title'], 'Checkout in 3 markets']),
    );
    const later = edited(c.merged, [['goals', 'g1'], undefined]);
    expect(() => resolveConflict(later, c.conflict, ['theirs'])).toThrow(
      new ConflictChoiceError('Goal “Checkout live” · title: it is no longer in the record (deleted since).'),
    );
  });

  it('deletes a field when the chosen side had deleted it, and brings it back from the side that kept it', () => {
    const week = richRecord(WEEK_10);
    const a = edited(week, [['days', 'fri'], undefined]);
    const b = edited(week, [['days', 'fri', 'hours'], 6]);
    const c = conflicted(WEEK_10, week, a, b);
    expect(resolveConflict(c.merged, c.conflict, ['ours'])).toEqual(a);
    expect(resolveConflict(c.merged, c.conflict, ['theirs'])).toEqual(b);
  });

  it('refuses a choice that breaks a rule of the record, in words', () => {
    const engagement = richRecord('engagement.json');
    const c = conflicted(
      'engagement.json',
      engagement,
      edited(engagement, [['startDate'], '2026-04-20']),
      edited(engagement, [['endDate'], '2026-04-01']),
    );
    expect(() => resolveConflict(c.merged, c.conflict, ['theirs'])).toThrow(
      'End date: The end date must be on or after the start date. Choose differently for this field.',
    );
    expect(resolveConflict(c.merged, c.conflict, ['ours'])).toEqual(c.merged);
  });

  it('replaces the whole record when the whole record is the conflict', () => {
    const week = richRecord(WEEK_10);
    const a = edited(week, [['days', 'mon'], undefined]);
    const b = edited(week, [['days', 'fri'], undefined]);
    const c = conflicted(WEEK_10, week, a, b);
    expect(c.conflict.fields.map((f) => f.label)).toEqual(['The plan of week 10, 2026']);
    expect(resolveConflict(c.merged, c.conflict, ['theirs'])).toEqual(b);
    expect(() => resolveConflict(c.merged, c.conflict, ['both'])).toThrow(ConflictChoiceError);
  });

  it('is a pure function of its inputs: the record given is not changed', () => {
    const before = JSON.stringify(merged);
    resolveConflict(merged, conflict, ['theirs', 'both']);
    expect(JSON.stringify(merged)).toBe(before);
    expect(mergeRecord(retro, ours, theirs).merged).toEqual(merged);
  });
});
