import { describe, expect, it } from 'vitest';
import {
  conflictFileName,
  conflictPath,
  ConflictRecordSchema,
  jsonUnits,
  MAX_CONFLICT_UNITS,
} from '../../../../shared/team/conflictSchema';
import { mergeRecord } from '../../../../shared/team/mergeJson';
import { newConflictRecord } from '../../../../shared/team/newConflictRecord';
import { doc, line, nestedDoc } from '../../support/notes';
import { edited, RETRO_R1, richRecord } from './teamWorld';

const origin = {
  id: 'c-2026-03-05-1',
  engagementId: 'eng-rich',
  record: RETRO_R1,
  createdAt: '2026-03-06T08:00:00.000Z',
  oursBy: 'Ada Lovelace <ada@example.com>',
  theirsBy: 'Grace Hopper <grace@example.com>',
};

function retroConflict() {
  const retro = richRecord(RETRO_R1);
  const ours = edited(retro, [['notes', 'wentPoorly'], doc(line('CI was red'))], [['mvpStatus'], 'Blocked']);
  const theirs = edited(retro, [['notes', 'wentPoorly'], doc(line('The demo slipped'))], [['mvpStatus'], 'Live']);
  const { merged, conflicts } = mergeRecord(retro, ours, theirs);
  return newConflictRecord(origin, conflicts, merged);
}

describe('the conflict record', () => {
  it('is built from a merge’s conflicts, labelled, and passes its schema', () => {
    const conflict = retroConflict();
    expect(conflict).toEqual({
      schemaVersion: 1,
      ...origin,
      fields: [
        {
          path: ['notes', 'wentPoorly'],
          label: 'Went poorly',
          ours: doc(line('CI was red')),
          theirs: doc(line('The demo slipped')),
        },
        { path: ['mvpStatus'], label: 'MVP status / blockers', ours: 'Blocked', theirs: 'Live' },
      ],
    });
    expect(ConflictRecordSchema.parse(JSON.parse(JSON.stringify(conflict)))).toEqual(conflict);
  });

  it('leaves out the value of a side that deleted the field', () => {
    const week = richRecord('weeks/2026-W10.json');
    const ours = edited(week, [['days', 'fri'], undefined]);
    const theirs = edited(week, [['days', 'fri', 'hours'], 6]);
    const { merged, conflicts } = mergeRecord(week, ours, theirs);
    const conflict = newConflictRecord({ ...origin, record: 'weeks/2026-W10.json' }, conflicts, merged);
    expect(conflict.fields).toEqual([
      {
        path: ['days', 'fri'],
        label: 'Friday',
        theirs: { kind: 'twenty', hours: 6, note: '', partnerIds: [], topic: '' },
      },
    ]);
    expect(ConflictRecordSchema.safeParse(conflict).success).toBe(true);
  });

  it.each([
    ['an id that cannot name a file', { id: '../x' }],
    ['an engagement id that cannot name a folder', { engagementId: 'a/b' }],
    ['a path that names no record', { record: '../../settings.json' }],
    ['a time that is not ISO', { createdAt: '6 March' }],
    ['a key of its own', { resolvedBy: 'Ada' }],
    ['another version', { schemaVersion: 2 }],
    ['no fields', { fields: [] }],
    ['a value that is not JSON', { fields: [{ path: ['mvpStatus'], label: 'MVP', ours: Number.NaN, theirs: 'x' }] }],
    ['a value nested too deep', { fields: [{ path: ['notes', 'notes'], label: 'Notes', ours: nestedDoc(40) }] }],
    ['a path part of an odd type', { fields: [{ path: [true], label: 'x', ours: 1 }] }],
    ['an empty label', { fields: [{ path: ['date'], label: '', ours: '2026-03-05' }] }],
  ])('refuses %s', (_what, change) => {
    expect(ConflictRecordSchema.safeParse({ ...retroConflict(), ...change }).success).toBe(false);
  });

  it('keeps a whole record holding the deepest note a record may hold', () => {
    const retro = edited(richRecord(RETRO_R1), [['notes', 'notes'], nestedDoc(24)]);
    const fields = [{ path: [], label: 'The retro of 5 Mar 2026', ours: retro, theirs: richRecord(RETRO_R1) }];
    expect(ConflictRecordSchema.safeParse({ ...retroConflict(), fields }).success).toBe(true);
  });

  it('bounds the size of what it keeps', () => {
    const big = 'x'.repeat(MAX_CONFLICT_UNITS / 2);
    const fields = [{ path: ['mvpStatus'], label: 'MVP status', ours: big, theirs: big }];
    expect(ConflictRecordSchema.safeParse({ ...retroConflict(), fields }).success).toBe(false);
    expect(jsonUnits({ a: [1, 'ab', null] })).toBe(1 + 1 + 1 + 1 + 2 + 1 + 1);
    expect(jsonUnits(new Date())).toBeNull();
  });

  it('names its file by its id, and only by a safe one', () => {
    expect(conflictFileName('c-1')).toBe('c-1.json');
    expect(conflictPath('eng-rich', 'c-1')).toBe('conflicts/eng-rich/c-1.json');
    expect(() => conflictFileName('../c')).toThrow('cannot name a conflict’s file');
    expect(() => conflictPath('..', 'c-1')).toThrow('is not an engagement’s id');
  });
});
