import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { mergeRecord } from '../../../../shared/team/mergeJson';
import { doc, line } from '../../support/notes';
import { edited, goal, ids, RETRO_R1, richRecord, WEEK_10 } from './teamWorld';

describe('merging two edits of one record', () => {
  const retro = richRecord(RETRO_R1);

  it('keeps a record both sides left alone, or both changed the same way, as it is', () => {
    expect(mergeRecord(retro, retro, retro)).toEqual({ merged: retro, conflicts: [] });
    const same = edited(retro, [['mvpStatus'], 'Blocked on the firewall']);
    expect(mergeRecord(retro, same, structuredClone(same))).toEqual({ merged: same, conflicts: [] });
  });

  it('takes the one side that changed anything', () => {
    const theirs = edited(retro, [['mvpStatus'], 'Blocked on the firewall']);
    expect(mergeRecord(retro, retro, theirs)).toEqual({ merged: theirs, conflicts: [] });
    expect(mergeRecord(retro, theirs, retro)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('merges edits of different fields: one note section each, and the MVP status', () => {
    const ours = edited(retro, [['notes', 'wentPoorly'], doc(line('CI was red for two days'))]);
    const theirs = edited(
      retro,
      [['notes', 'doNextTime'], doc(line('Pair on the pipeline'))],
      [['mvpStatus'], 'In staging'],
    );
    const { merged, conflicts } = mergeRecord(retro, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(
      edited(
        retro,
        [['notes', 'wentPoorly'], doc(line('CI was red for two days'))],
        [['notes', 'doNextTime'], doc(line('Pair on the pipeline'))],
        [['mvpStatus'], 'In staging'],
      ),
    );
  });

  it('keeps both versions of one note section edited on both sides: a conflict, the record holding ours', () => {
    const ours = edited(retro, [['notes', 'wentPoorly'], doc(line('CI was red'))]);
    const theirs = edited(retro, [['notes', 'wentPoorly'], doc(line('The demo slipped'))]);
    const { merged, conflicts } = mergeRecord(retro, ours, theirs);
    expect(conflicts).toEqual([
      {
        path: ['notes', 'wentPoorly'],
        base: doc({ type: 'paragraph' }),
        ours: doc(line('CI was red')),
        theirs: doc(line('The demo slipped')),
      },
    ]);
    expect(merged).toEqual(ours);
  });

  it('treats a note as one value: edits of different paragraphs of one note still conflict', () => {
    const base = edited(retro, [['notes', 'notes'], doc(line('one'), line('two'))]);
    const ours = edited(base, [['notes', 'notes'], doc(line('one, edited'), line('two'))]);
    const theirs = edited(base, [['notes', 'notes'], doc(line('one'), line('two, edited'))]);
    expect(mergeRecord(base, ours, theirs).conflicts.map((c) => c.path)).toEqual([['notes', 'notes']]);
  });

  it('conflicts on a text, a number, true/false or null changed differently on both sides', () => {
    const goals = richRecord('goals.json');
    const ours = edited(goals, [['goals', 'g2', 'target'], '8 min'], [['goals', 'g1', 'productionAdoption'], false]);
    const theirs = edited(goals, [['goals', 'g2', 'target'], '5 min'], [['goals', 'g1', 'productionAdoption'], false]);
    const { merged, conflicts } = mergeRecord(goals, ours, theirs);
    expect(conflicts).toEqual([{ path: ['goals', 'g2', 'target'], base: '10 min', ours: '8 min', theirs: '5 min' }]);
    expect(merged).toEqual(ours);
    const started = (at: string | null) => edited(retro, [['startedAt'], at]);
    expect(
      mergeRecord(started(null), started('2026-03-05T15:00:00.000Z'), started('2026-03-05T15:02:00.000Z')).conflicts,
    ).toHaveLength(1);
  });

  it('treats a list without ids as one value: two people each adding an attendee conflict', () => {
    const add = (name: string) =>
      edited(retro, [['attendees'], [...(retro.attendees as unknown[]), { personId: null, name, email: '' }]]);
    const { merged, conflicts } = mergeRecord(retro, add('Kenji'), add('Grace Hopper'));
    expect(conflicts.map((c) => c.path)).toEqual([['attendees']]);
    expect(merged).toEqual(add('Kenji'));
  });

  it('takes the later updatedAt and never conflicts on it', () => {
    const at = (time: string) => edited(retro, [['updatedAt'], time]);
    const ours = edited(at('2026-03-05T10:00:00.000Z'), [['mvpStatus'], 'a']);
    const theirs = edited(at('2026-03-05T11:30:00.000Z'), [['notes', 'notes'], doc(line('b'))]);
    for (const [a, b] of [
      [ours, theirs],
      [theirs, ours],
    ]) {
      const { merged, conflicts } = mergeRecord(retro, a, b);
      expect(conflicts).toEqual([]);
      expect(merged).toMatchObject({ updatedAt: '2026-03-05T11:30:00.000Z', mvpStatus: 'a' });
    }
    const project = richRecord('project-retro.json');
    const neverSaved = edited(project, [['updatedAt'], null]);
    const saved = edited(project, [['updatedAt'], '2026-05-08T09:00:00.000Z']);
    expect(mergeRecord(project, neverSaved, saved)).toEqual({ merged: saved, conflicts: [] });
  });

  it('merges objects key by key: added on one side is added, removed on one side and untouched on the other is removed', () => {
    const week = richRecord(WEEK_10);
    const tue = { kind: 'pairing', hours: 8, note: '', partnerIds: [], topic: 'Refunds' };
    const thu = { kind: 'off', hours: 0, note: 'Conference', partnerIds: [], topic: '' };
    const ours = edited(week, [['days', 'tue'], tue], [['days', 'fri'], undefined]);
    const theirs = edited(week, [['days', 'thu'], thu], [['days', 'mon', 'hours'], 6]);
    const { merged, conflicts } = mergeRecord(week, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(
      edited(
        week,
        [['days', 'tue'], tue],
        [['days', 'thu'], thu],
        [['days', 'mon', 'hours'], 6],
        [['days', 'fri'], undefined],
      ),
    );
  });

  it('conflicts on a key removed on one side and changed on the other; the record holds ours', () => {
    const week = richRecord(WEEK_10);
    const ours = edited(week, [['days', 'fri'], undefined]);
    const theirs = edited(week, [['days', 'fri', 'hours'], 6]);
    const fri = (week.days as Record<string, unknown>).fri;
    expect(mergeRecord(week, ours, theirs)).toEqual({
      merged: ours,
      conflicts: [{ path: ['days', 'fri'], base: fri, ours: undefined, theirs: { ...(fri as object), hours: 6 } }],
    });
    expect(mergeRecord(week, theirs, ours).merged).toEqual(theirs);
  });

  it('merges a record new on both sides (no base) two-way: what only one side has is kept', () => {
    const ours = edited(richRecord(WEEK_10), [['days', 'fri'], undefined]);
    const theirs = edited(richRecord(WEEK_10), [['days', 'mon'], undefined]);
    const { merged, conflicts } = mergeRecord(undefined, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(richRecord(WEEK_10));
    const a = edited(ours, [['days', 'mon', 'note'], 'a']);
    const b = edited(ours, [['days', 'mon', 'note'], 'b']);
    expect(mergeRecord(undefined, a, b).conflicts).toEqual([
      { path: ['days', 'mon', 'note'], base: undefined, ours: 'a', theirs: 'b' },
    ]);
  });

  it('deletes a record deleted on one side and untouched on the other; deleted against edited is a conflict', () => {
    const edit = edited(retro, [['mvpStatus'], 'In staging']);
    expect(mergeRecord(retro, undefined, retro)).toEqual({ merged: undefined, conflicts: [] });
    expect(mergeRecord(retro, edit, undefined)).toEqual({
      merged: edit,
      conflicts: [{ path: [], base: retro, ours: edit, theirs: undefined }],
    });
  });

  it('gives the same bytes every time, and a record of the same shape whichever side is ours', () => {
    const goals = richRecord('goals.json');
    const ours = edited(goals, [['goals', 'g1', 'title'], 'Checkout live'], [['goals', 'g9'], goal('g9', 'Refunds')]);
    const theirs = edited(goals, [['goals', 'g2', 'metric'], 'p90'], [['goals', 'g8'], goal('g8', 'Payouts')]);
    const once = canonicalJson(mergeRecord(goals, ours, theirs).merged);
    expect(canonicalJson(mergeRecord(goals, ours, theirs).merged)).toBe(once);
    expect(canonicalJson(mergeRecord(goals, theirs, ours).merged)).toBe(once);
    expect(ids((JSON.parse(once) as { goals: unknown }).goals)).toEqual(['g2', 'g1', 'g8', 'g9']);
  });
});
