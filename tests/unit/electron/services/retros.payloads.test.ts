import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyNote } from '../../../../shared/model/note';
import { line, link, nestedDoc, withMarksDoc } from '../../support/notes';
import { countingFactory } from '../../support/services';
import { listFiles } from '../../support/tempDir';
import { goalInput, useRetrosWorld } from './retrosWorld';

describe('retros in main (real files, through IPC dispatch)', () => {
  const { tempDir, withEngagement } = useRetrosWorld();

  describe('invalid payloads are refused and nothing is written', () => {
    const goalFixture = { ...goalInput(), id: 'g-restore', createdAt: '2026-03-02T09:00:00.000Z' };

    /** Note documents the schema refuses (issue 12's hostile nodes, marks, links and sizes), sent to retros:saveNote. */
    const hostileNotes = (engagementId: string, retroId: string): [string, string, Record<string, unknown>][] => {
      const note = (docValue: unknown, section = 'wentWell') => ({ engagementId, retroId, section, doc: docValue });
      return [
        ['a script node', 'retros:saveNote', note({ type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] })],
        [
          'an iframe node',
          'retros:saveNote',
          note({ type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] }),
        ],
        [
          'an image node',
          'retros:saveNote',
          note({ type: 'doc', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png' } }] }),
        ],
        ['a javascript: link', 'retros:saveNote', note(withMarksDoc([link('javascript:alert(1)')]))],
        ['a JavaScript: link with spaces', 'retros:saveNote', note(withMarksDoc([link('  JavaScript:alert(1)')]))],
        ['a data: link', 'retros:saveNote', note(withMarksDoc([link('data:text/html,<script>alert(1)</script>')]))],
        [
          'a task item without attrs',
          'retros:saveNote',
          note({ type: 'doc', content: [{ type: 'taskList', content: [{ type: 'taskItem', content: [line('x')] }] }] }),
        ],
        [
          'a task item without an owner',
          'retros:saveNote',
          note({
            type: 'doc',
            content: [
              {
                type: 'taskList',
                content: [{ type: 'taskItem', attrs: { id: 'a', checked: false, due: null }, content: [line('x')] }],
              },
            ],
          }),
        ],
        [
          'an empty text node',
          'retros:saveNote',
          note({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] }),
        ],
        [
          'an unknown key on a node',
          'retros:saveNote',
          note({ type: 'doc', content: [{ type: 'paragraph', onclick: 'alert(1)' }] }),
        ],
        ['a note that is HTML', 'retros:saveNote', note('<p onclick="alert(1)">hi</p>')],
        ['a note 25 levels deep', 'retros:saveNote', note(nestedDoc(25))],
        ['a note 5000 levels deep', 'retros:saveNote', note(nestedDoc(5_000))],
        ['a paragraph as the note', 'retros:saveNote', note({ type: 'paragraph' })],
        ['a wrong section name', 'retros:saveNote', note(emptyNote(), 'wentBadly')],
        ['the section __proto__', 'retros:saveNote', note(emptyNote(), '__proto__')],
        [
          'an extra key on saveNote',
          'retros:saveNote',
          { ...note(emptyNote()), updatedAt: '2026-03-05T14:00:00.000Z' },
        ],
      ];
    };

    /** Patches retros:update refuses: scores out of range, fields it may not set, bad attendees and dates. */
    const hostileUpdates = (engagementId: string, retroId: string): [string, string, Record<string, unknown>][] => {
      const patch = (value: unknown) => ({ engagementId, retroId, patch: value });
      const score = (value: unknown) => patch({ goalScores: [{ goalId: 'g-1', score: value, note: '' }] });
      return [
        ['a score of 101', 'retros:update', score(101)],
        ['a score of -1', 'retros:update', score(-1)],
        ['a score of 50.5', 'retros:update', score(50.5)],
        ['a score as a string', 'retros:update', score('50')],
        ['a patch of deletedAt', 'retros:update', patch({ deletedAt: null })],
        [
          'a patch of notes',
          'retros:update',
          patch({
            notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
          }),
        ],
        ['a patch of the id', 'retros:update', patch({ id: 'other' })],
        [
          'an attendee with a bad email',
          'retros:update',
          patch({ attendees: [{ personId: null, name: 'Eve', email: 'eve' }] }),
        ],
        [
          'an attendee name with CR/LF',
          'retros:update',
          patch({ attendees: [{ personId: null, name: 'Eve\r\nBcc: all@example.com', email: '' }] }),
        ],
        ['an impossible date', 'retros:update', patch({ date: '2026-02-30' })],
        ['an extra key on update', 'retros:update', { ...patch({}), force: true }],
      ];
    };

    /** The other retro and goal channels: bad ids, extra keys, bad goals and restore indexes. */
    const hostileOthers = (engagementId: string, retroId: string): [string, string, Record<string, unknown>][] => [
      ['an impossible date on create', 'retros:create', { engagementId, date: '2026-02-30' }],
      ['a path as the engagement id', 'retros:create', { engagementId: '../settings', date: '2026-03-05' }],
      [
        'an action item id with a slash',
        'retros:setActionItemDone',
        { engagementId, retroId, itemId: 'a/b', done: true },
      ],
      ['done as a string', 'retros:setActionItemDone', { engagementId, retroId, itemId: 'a', done: 'yes' }],
      ['a retro id that is not an id', 'retros:delete', { engagementId, retroId: 'a b' }],
      ['an extra key on delete', 'retros:delete', { engagementId, retroId, hard: true }],
      ['an extra key on restore', 'retros:restore', { engagementId, retroId, deletedAt: null }],
      ['a goal without a title', 'goals:save', { engagementId, goalId: null, input: goalInput({ title: '   ' }) }],
      [
        'a goal of an unknown kind',
        'goals:save',
        { engagementId, goalId: null, input: { ...goalInput(), kind: 'personal' } },
      ],
      ['a goal input with an id', 'goals:save', { engagementId, goalId: null, input: { ...goalInput(), id: 'g-x' } }],
      ['a goal save with an extra key', 'goals:save', { engagementId, goalId: null, input: goalInput(), index: 0 }],
      [
        'a restored goal with an extra key',
        'goals:restore',
        { engagementId, goal: { ...goalFixture, deletedAt: null }, index: 0 },
      ],
      ['a restore index of -1', 'goals:restore', { engagementId, goal: goalFixture, index: -1 }],
      ['a restore index of 1001', 'goals:restore', { engagementId, goal: goalFixture, index: 1001 }],
      ['a restore index of 0.5', 'goals:restore', { engagementId, goal: goalFixture, index: 0.5 }],
      ['a goal delete with an extra key', 'goals:delete', { engagementId, goalId: 'g-1', cascade: true }],
    ];

    /** Every request a hostile or buggy renderer might send, by channel. */
    const hostile = (engagementId: string, retroId: string): [string, string, Record<string, unknown>][] => [
      ...hostileNotes(engagementId, retroId),
      ...hostileUpdates(engagementId, retroId),
      ...hostileOthers(engagementId, retroId),
    ];

    it('refuses each one with invalid-payload, leaving memory and every file as they were', async () => {
      const counting = countingFactory();
      const { services, call, fail, engagement } = await withEngagement({ factory: counting.factory });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput() });
      expect(await services.flushAndWait(10_000)).toEqual([]);
      const files = listFiles(tempDir());
      const contents = files.map((file) => fs.readFileSync(path.join(tempDir(), file), 'utf8'));
      const before = await call('retros:list', { engagementId: engagement.id });
      counting.writes.length = 0;

      const cases = hostile(engagement.id, created.id);
      for (const [what, channel, payload] of cases) {
        const error = await fail(channel, payload, 'invalid-payload').catch((reason: unknown) => {
          throw new Error(`${what}: ${String(reason)}`);
        });
        expect(error.message, what).toBe('Some fields need attention.');
      }
      expect(await services.flushAndWait(10_000)).toEqual([]);

      expect(counting.writes).toEqual([]);
      expect(listFiles(tempDir())).toEqual(files);
      expect(files.map((file) => fs.readFileSync(path.join(tempDir(), file), 'utf8'))).toEqual(contents);
      expect(await call('retros:list', { engagementId: engagement.id })).toEqual(before);
    });

    it('points at the offending field', async () => {
      const { call, fail, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      const error = await fail(
        'retros:update',
        {
          engagementId: engagement.id,
          retroId: created.id,
          patch: { goalScores: [{ goalId: 'g-1', score: 101, note: '' }] },
        },
        'invalid-payload',
      );
      expect(error.fieldErrors).toEqual({ 'patch.goalScores.0.score': 'Scores go from 0 to 100.' });
    });
  });
});
