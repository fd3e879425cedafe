import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../shared/dates';
import type { Engagement } from '../../../../shared/model/engagement';
import { EngagementFileSchema } from '../../../../shared/model/files';
import { emptyNote } from '../../../../shared/model/note';
import type { GoalInput, Retro } from '../../../../shared/model/retro';
import { carriedOverItems } from '../../../../shared/retro/rules';
import { person, validInput } from '../../support/fixtures';
import { doc, line, link, nestedDoc, richDoc, taskItem, taskList, withMarksDoc } from '../../support/notes';
import { countingFactory, openServices, testClock, type Harness, type HarnessOptions } from '../../support/services';
import { listFiles, readJson, useTempDir } from '../../support/tempDir';

function goalInput(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    kind: 'technical',
    title: 'Deploys take under 10 minutes',
    metric: 'p50 deploy time',
    baseline: '45 min',
    target: '10 min',
    productionAdoption: false,
    ...overrides,
  };
}

describe('retros in main (real files, through IPC dispatch)', () => {
  const tempDir = useTempDir();
  const engagementPath = (id: string) => path.join(tempDir(), 'engagements', `${id}.json`);
  const readEngagementFile = (id: string) => EngagementFileSchema.parse(readJson(engagementPath(id)));
  const storedRetro = (engagementId: string, retroId: string): Retro => {
    const found = readEngagementFile(engagementId).retro.retros.find((r) => r.id === retroId);
    if (!found) throw new Error(`retro ${retroId} is not in the file`);
    return found;
  };

  /** Opens services over the temp dir with one engagement (two people) in it, flushed to disk. */
  async function withEngagement(options: HarnessOptions = {}): Promise<Harness & { engagement: Engagement }> {
    const harness = openServices(tempDir(), options);
    const engagement = await harness.call('engagements:create', validInput());
    harness.services.flush();
    return { ...harness, engagement };
  }

  describe('creating a retro', () => {
    it('refuses a retro outside the engagement’s dates, and writes nothing', async () => {
      const { call, fail, services, engagement } = await withEngagement();
      const before = fs.readFileSync(engagementPath(engagement.id), 'utf8');
      for (const date of ['2026-03-01', '2026-05-12']) {
        const error = await fail('retros:create', { engagementId: engagement.id, date }, 'invalid-payload');
        expect(error.message).toBe('A retro must fall within the engagement: 2 Mar 2026 to 11 May 2026.');
      }
      services.flush();
      expect(fs.readFileSync(engagementPath(engagement.id), 'utf8')).toBe(before);
      // Its first and last days are fine.
      await call('retros:create', { engagementId: engagement.id, date: '2026-03-02' });
      const last = await call('retros:create', { engagementId: engagement.id, date: '2026-05-11' });
      // Nor can a retro be moved outside.
      const moved = await fail(
        'retros:update',
        { engagementId: engagement.id, retroId: last.id, patch: { date: '2026-05-18' } },
        'invalid-payload',
      );
      expect(moved.message).toBe('A retro must fall within the engagement: 2 Mar 2026 to 11 May 2026.');
    });

    it("pre-fills the attendees from the engagement's people and starts with empty notes", async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });

      expect(created).toEqual({
        id: expect.any(String) as string,
        date: '2026-03-05',
        attendees: [
          { personId: 'p-1', name: 'Ada Lovelace', email: 'ada@example.com' },
          { personId: 'p-2', name: 'Grace Hopper', email: 'grace@example.com' },
        ],
        goalScores: [],
        notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
        mvpStatus: '',
        startedAt: null,
        createdAt: '2026-03-05T14:00:00.000Z',
        updatedAt: '2026-03-05T14:00:00.000Z',
        deletedAt: null,
        mailLog: [],
      });
      expect((await call('retros:list', { engagementId: engagement.id })).retros).toEqual([created]);
    });

    it('takes the people as they are now, including one without an email', async () => {
      const { call, engagement } = await withEngagement();
      await call('engagements:update', {
        id: engagement.id,
        input: validInput({ people: [person({ id: 'p-9', name: 'Alan Turing', email: '' })] }),
      });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      expect(created.attendees).toEqual([{ personId: 'p-9', name: 'Alan Turing', email: '' }]);
    });

    it('writes it to the engagement file on flush', async () => {
      const { services, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      services.flush();
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([created]);
    });

    it('is refused for an unknown engagement', async () => {
      const { fail } = await withEngagement();
      await fail('retros:create', { engagementId: 'nope', date: '2026-03-05' }, 'not-found');
    });
  });

  describe('updating a retro', () => {
    it('changes the patched fields only and stamps updatedAt', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      clock.advance(60_000);

      const updated = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: {
          date: '2026-03-06',
          attendees: [{ personId: null, name: '  Guest  ', email: '' }],
          goalScores: [{ goalId: 'g-1', score: 45, note: 'better' }],
          mvpStatus: '  Two weeks out  ',
          startedAt: '2026-03-06T15:00:00.000Z',
        },
      });
      expect(updated).toEqual({
        ...created,
        date: '2026-03-06',
        attendees: [{ personId: null, name: 'Guest', email: '' }],
        goalScores: [{ goalId: 'g-1', score: 45, note: 'better' }],
        mvpStatus: 'Two weeks out',
        startedAt: '2026-03-06T15:00:00.000Z',
        updatedAt: '2026-03-05T14:01:00.000Z',
      });

      clock.advance(60_000);
      const partial = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { startedAt: null },
      });
      expect(partial).toEqual({ ...updated, startedAt: null, updatedAt: '2026-03-05T14:02:00.000Z' });
    });

    it('accepts scores of 0 and 100', async () => {
      const { call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      const updated = await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: {
          goalScores: [
            { goalId: 'g-1', score: 0, note: '' },
            { goalId: 'g-2', score: 100, note: '' },
          ],
        },
      });
      expect(updated.goalScores.map((s) => s.score)).toEqual([0, 100]);
    });

    it('is refused for an unknown retro or engagement', async () => {
      const { fail, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail('retros:update', { engagementId: engagement.id, retroId: 'nope', patch: {} }, 'not-found');
      await fail('retros:update', { engagementId: 'nope', retroId: created.id, patch: {} }, 'not-found');
    });
  });

  describe('saving notes', () => {
    it('persists a rich note exactly: flush, reopen, read back', async () => {
      const { services, call, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      const rich = richDoc();
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'doNextTime',
        doc: rich,
      });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentWell',
        doc: doc(line('Zoë Ångström 東京 🎉')),
      });
      services.flush();

      expect(storedRetro(engagement.id, created.id).notes.doNextTime).toEqual(rich);

      const reopened = openServices(tempDir());
      expect(reopened.services.problems).toEqual([]);
      const [back] = (await reopened.call('retros:list', { engagementId: engagement.id })).retros;
      expect(back?.notes).toEqual({
        wentWell: doc(line('Zoë Ångström 東京 🎉')),
        wentPoorly: emptyNote(),
        doNextTime: rich,
        notes: emptyNote(),
      });
    });

    it('answers with the new updatedAt and changes only that section', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { call, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      clock.advance(5_000);
      const answer = await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentPoorly',
        doc: doc(line('CI was flaky')),
      });
      expect(answer).toEqual({ updatedAt: '2026-03-05T14:00:05.000Z' });
      const [after] = (await call('retros:list', { engagementId: engagement.id })).retros;
      expect(after).toEqual({
        ...created,
        notes: { ...created.notes, wentPoorly: doc(line('CI was flaky')) },
        updatedAt: '2026-03-05T14:00:05.000Z',
      });
    });

    it("rewrites only that engagement's file, once for many saves", async () => {
      const counting = countingFactory();
      const { services, call } = openServices(tempDir(), { factory: counting.factory });
      const a = await call('engagements:create', validInput({ name: 'A' }));
      const b = await call('engagements:create', validInput({ name: 'B' }));
      const retroA = await call('retros:create', { engagementId: a.id, date: '2026-03-05' });
      await call('retros:create', { engagementId: b.id, date: '2026-03-05' });
      services.flush();
      const fileB = fs.readFileSync(engagementPath(b.id), 'utf8');
      counting.writes.length = 0;

      for (let i = 1; i <= 20; i++) {
        await call('retros:saveNote', {
          engagementId: a.id,
          retroId: retroA.id,
          section: 'notes',
          doc: doc(line(`draft ${i}`)),
        });
      }
      services.flush();

      expect(counting.writes).toEqual([engagementPath(a.id)]);
      expect(storedRetro(a.id, retroA.id).notes.notes).toEqual(doc(line('draft 20')));
      expect(fs.readFileSync(engagementPath(b.id), 'utf8')).toBe(fileB);
    });

    it('is refused for an unknown or deleted retro', async () => {
      const { call, fail, engagement } = await withEngagement();
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail(
        'retros:saveNote',
        { engagementId: engagement.id, retroId: 'nope', section: 'notes', doc: emptyNote() },
        'not-found',
      );
      await call('retros:delete', { engagementId: engagement.id, retroId: created.id });
      const error = await fail(
        'retros:saveNote',
        { engagementId: engagement.id, retroId: created.id, section: 'notes', doc: doc(line('late')) },
        'not-found',
      );
      expect(error.message).toBe('That retro was deleted.');
      expect((await call('retros:list', { engagementId: engagement.id })).retros[0]?.notes.notes).toEqual(emptyNote());
    });
  });

  describe('action items across retros', () => {
    const withTasks = doc(
      line('Next week:'),
      taskList(
        taskItem({ id: 'runbook', owner: 'Ada', due: '2026-03-12' }, 'Write the runbook'),
        taskItem({ id: 'pairing', owner: null, due: null }, 'Pair on the pipeline'),
      ),
    );

    async function twoWeeks() {
      const clock = testClock('2026-03-05T15:00:00.000Z');
      const harness = await withEngagement({ clock });
      const { call, engagement } = harness;
      const first = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: first.id,
        section: 'doNextTime',
        doc: withTasks,
      });
      clock.set('2026-03-12T15:00:00.000Z');
      const second = await call('retros:create', { engagementId: engagement.id, date: '2026-03-12' });
      const carried = async () => {
        const section = await call('retros:list', { engagementId: engagement.id });
        return carriedOverItems(section.retros, second).map((item) => item.id);
      };
      return { ...harness, first, second, carried };
    }

    it('marks the item done in the retro it was written in, on the day it was closed, and it stops carrying over', async () => {
      const { services, call, engagement, first, carried } = await twoWeeks();
      expect(await carried()).toEqual(['runbook', 'pairing']);

      const origin = await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: true,
      });

      expect(origin.id).toBe(first.id);
      expect(origin.notes.doNextTime).toEqual(
        doc(
          line('Next week:'),
          taskList(
            // Closed on the user's local date at 2026-03-12T15:00Z (the 13th east of UTC+9): see localDates.test.ts.
            taskItem(
              {
                id: 'runbook',
                owner: 'Ada',
                due: '2026-03-12',
                checked: true,
                closedOn: localDateOf(new Date('2026-03-12T15:00:00.000Z')),
              },
              'Write the runbook',
            ),
            taskItem({ id: 'pairing', owner: null, due: null }, 'Pair on the pipeline'),
          ),
        ),
      );
      expect(await carried()).toEqual(['pairing']);

      services.flush();
      expect(storedRetro(engagement.id, first.id).notes.doNextTime).toEqual(origin.notes.doNextTime);
    });

    it('can open the item again', async () => {
      const { call, engagement, first, carried } = await twoWeeks();
      await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: true,
      });
      await call('retros:setActionItemDone', {
        engagementId: engagement.id,
        retroId: first.id,
        itemId: 'runbook',
        done: false,
      });
      expect(await carried()).toEqual(['runbook', 'pairing']);
    });

    it('is refused for an item not in that retro, an unknown retro, or a deleted one, and changes nothing', async () => {
      const { call, fail, engagement, first, second } = await twoWeeks();
      const before = await call('retros:list', { engagementId: engagement.id });
      const missing = await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: first.id, itemId: 'nope', done: true },
        'not-found',
      );
      expect(missing.message).toBe('That action item no longer exists in its retro.');
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: second.id, itemId: 'runbook', done: true },
        'not-found',
      );
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: 'nope', itemId: 'runbook', done: true },
        'not-found',
      );
      expect(await call('retros:list', { engagementId: engagement.id })).toEqual(before);

      await call('retros:delete', { engagementId: engagement.id, retroId: first.id });
      await fail(
        'retros:setActionItemDone',
        { engagementId: engagement.id, retroId: first.id, itemId: 'runbook', done: true },
        'not-found',
      );
    });

    it("drops a deleted retro's items from what carries over, and brings them back on restore", async () => {
      const { call, engagement, first, carried } = await twoWeeks();
      await call('retros:delete', { engagementId: engagement.id, retroId: first.id });
      expect(await carried()).toEqual([]);
      await call('retros:restore', { engagementId: engagement.id, retroId: first.id });
      expect(await carried()).toEqual(['runbook', 'pairing']);
    });
  });

  describe('soft delete and restore', () => {
    it('stamps deletedAt, keeps the retro (and on disk), and restore clears it', async () => {
      const clock = testClock('2026-03-05T14:00:00.000Z');
      const { services, call, fail, engagement } = await withEngagement({ clock });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'wentWell',
        doc: doc(line('kept')),
      });
      clock.advance(60_000);

      const deleted = await call('retros:delete', { engagementId: engagement.id, retroId: created.id });
      expect(deleted.deletedAt).toBe('2026-03-05T14:01:00.000Z');
      await fail(
        'retros:update',
        { engagementId: engagement.id, retroId: created.id, patch: { mvpStatus: 'x' } },
        'not-found',
      );
      services.flush();
      expect(storedRetro(engagement.id, created.id).deletedAt).toBe('2026-03-05T14:01:00.000Z');

      // Undo works after a restart too.
      const reopened = openServices(tempDir(), { clock });
      const restored = await reopened.call('retros:restore', { engagementId: engagement.id, retroId: created.id });
      expect(restored.deletedAt).toBeNull();
      expect(restored.notes.wentWell).toEqual(doc(line('kept')));
      const updated = await reopened.call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { mvpStatus: 'back' },
      });
      expect(updated.mvpStatus).toBe('back');
    });

    it('is refused for unknown retros', async () => {
      const { fail, engagement } = await withEngagement();
      await fail('retros:delete', { engagementId: engagement.id, retroId: 'nope' }, 'not-found');
      await fail('retros:restore', { engagementId: engagement.id, retroId: 'nope' }, 'not-found');
    });
  });

  describe('goals', () => {
    it('saves a new goal with an id and creation time, then updates it in place', async () => {
      const clock = testClock('2026-03-02T09:00:00.000Z');
      const { services, call, engagement } = await withEngagement({ clock });
      const saved = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: '  Adopted in prod  ', productionAdoption: true }),
      });
      expect(saved).toEqual({
        ...goalInput({ title: 'Adopted in prod', productionAdoption: true }),
        id: expect.any(String) as string,
        createdAt: '2026-03-02T09:00:00.000Z',
      });

      clock.advance(60_000);
      const updated = await call('goals:save', {
        engagementId: engagement.id,
        goalId: saved.id,
        input: goalInput({ title: 'Renamed', kind: 'business' }),
      });
      expect(updated).toEqual({
        ...goalInput({ title: 'Renamed', kind: 'business' }),
        id: saved.id,
        createdAt: '2026-03-02T09:00:00.000Z',
      });

      services.flush();
      expect(readEngagementFile(engagement.id).retro.goals).toEqual([updated]);
    });

    it('restores a deleted goal at the same index, once', async () => {
      const { services, call, engagement } = await withEngagement();
      const saveGoal = (title: string) =>
        call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput({ title }) });
      const first = await saveGoal('First');
      const middle = await saveGoal('Middle');
      const last = await saveGoal('Last');

      const removed = await call('goals:delete', { engagementId: engagement.id, goalId: middle.id });
      expect(removed).toEqual({ goal: middle, index: 1 });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([first, last]);

      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: removed.index });
      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: removed.index });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([first, middle, last]);

      services.flush();
      expect(readEngagementFile(engagement.id).retro.goals).toEqual([first, middle, last]);
    });

    it('restores at the end when the index is past it', async () => {
      const { call, engagement } = await withEngagement();
      const only = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: 'Only' }),
      });
      const removed = await call('goals:delete', { engagementId: engagement.id, goalId: only.id });
      const other = await call('goals:save', {
        engagementId: engagement.id,
        goalId: null,
        input: goalInput({ title: 'Other' }),
      });
      await call('goals:restore', { engagementId: engagement.id, goal: removed.goal, index: 7 });
      expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([other, only]);
    });

    it("keeps a deleted goal's scores in the retros", async () => {
      const { call, engagement } = await withEngagement();
      const goal = await call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput() });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:update', {
        engagementId: engagement.id,
        retroId: created.id,
        patch: { goalScores: [{ goalId: goal.id, score: 30, note: '' }] },
      });
      await call('goals:delete', { engagementId: engagement.id, goalId: goal.id });
      expect((await call('retros:list', { engagementId: engagement.id })).retros[0]?.goalScores).toEqual([
        { goalId: goal.id, score: 30, note: '' },
      ]);
    });

    it('is refused for unknown goals', async () => {
      const { fail, engagement } = await withEngagement();
      await fail('goals:save', { engagementId: engagement.id, goalId: 'nope', input: goalInput() }, 'not-found');
      await fail('goals:delete', { engagementId: engagement.id, goalId: 'nope' }, 'not-found');
    });
  });

  describe('invalid payloads are refused and nothing is written', () => {
    const goalFixture = { ...goalInput(), id: 'g-restore', createdAt: '2026-03-02T09:00:00.000Z' };

    /** Every request a hostile or buggy renderer might send, by channel. */
    const hostile = (engagementId: string, retroId: string): [string, string, Record<string, unknown>][] => {
      const note = (docValue: unknown, section = 'wentWell') => ({ engagementId, retroId, section, doc: docValue });
      const patch = (value: unknown) => ({ engagementId, retroId, patch: value });
      const score = (value: unknown) => patch({ goalScores: [{ goalId: 'g-1', score: value, note: '' }] });
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
    };

    it('refuses each one with invalid-payload, leaving memory and every file as they were', async () => {
      const counting = countingFactory();
      const { services, call, fail, engagement } = await withEngagement({ factory: counting.factory });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('goals:save', { engagementId: engagement.id, goalId: null, input: goalInput() });
      services.flush();
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
      services.flush();

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

  describe('app:readyToClose', () => {
    it('writes everything pending at once and opens the close gate', async () => {
      const { services, call, engagement } = await withEngagement({ writeDelayMs: 3_600_000 });
      const created = await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await call('retros:saveNote', {
        engagementId: engagement.id,
        retroId: created.id,
        section: 'notes',
        doc: doc(line('last words')),
      });
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      const waiting = services.closeGate.wait(10_000);

      await call('app:readyToClose', {});

      expect(storedRetro(engagement.id, created.id).notes.notes).toEqual(doc(line('last words')));
      expect(services.queue.size).toBe(0);
      await expect(waiting).resolves.toBe(true);
    });

    it('with an invalid payload, writes nothing', async () => {
      const { services, call, fail, engagement } = await withEngagement({ writeDelayMs: 3_600_000 });
      await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
      await fail('app:readyToClose', { force: true }, 'invalid-payload');
      expect(readEngagementFile(engagement.id).retro.retros).toEqual([]);
      expect(services.queue.size).toBe(1);
    });
  });
});
