import { emptyProjectSection } from '../../../../shared/model/projectRetro';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StartupProblem } from '../../../../shared/ipc';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { ENGAGEMENT_FILE_VERSION, EngagementFileSchema, IndexFileSchema } from '../../../../shared/model/files';
import { v1File, validInput } from '../../support/fixtures';
import { countingFactory, openServices, testClock } from '../../support/services';
import { listFiles, readJson, useTempDir, writeJson } from '../../support/tempDir';

describe('engagement persistence (real files)', () => {
  const tempDir = useTempDir();
  const engagementPath = (id: string) => path.join(tempDir(), 'engagements', `${id}.json`);
  const indexPath = () => path.join(tempDir(), 'engagements-index.json');
  const readEngagementFile = (id: string) => EngagementFileSchema.parse(readJson(engagementPath(id)));
  const readIndex = () => IndexFileSchema.parse(readJson(indexPath()));
  const stableStat = (file: string) => {
    const stat = fs.statSync(file);
    return { ino: stat.ino, mtimeMs: stat.mtimeMs, contents: fs.readFileSync(file, 'utf8') };
  };
  const onlyProblem = (problems: StartupProblem[]): StartupProblem => {
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    if (!problem) throw new Error('no problem reported');
    return problem;
  };

  describe('create and flush', () => {
    it('writes engagements/<id>.json (current format) and the index, on flush and not before', async () => {
      const { services, call } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      expect(fs.existsSync(engagementPath(created.id))).toBe(false);

      services.flush();

      const file = readEngagementFile(created.id);
      expect(file.schemaVersion).toBe(ENGAGEMENT_FILE_VERSION);
      expect(file.engagement).toEqual(created);
      expect(file.planner).toEqual({ weeks: {}, rituals: [] });
      const index = readIndex();
      expect(index.schemaVersion).toBe(1);
      expect(index.engagements).toEqual(await call('engagements:list', {}));
      expect(index.engagements.map((s) => s.id)).toEqual([created.id]);
    });

    it('stamps createdAt and updatedAt from the clock', async () => {
      const clock = testClock('2026-03-02T09:00:00.000Z');
      const { call } = openServices(tempDir(), { clock });
      const created = await call('engagements:create', validInput());
      expect(created.createdAt).toBe('2026-03-02T09:00:00.000Z');
      clock.advance(60_000);
      const updated = await call('engagements:update', { id: created.id, input: validInput({ name: 'Renamed' }) });
      expect(updated.createdAt).toBe('2026-03-02T09:00:00.000Z');
      expect(updated.updatedAt).toBe('2026-03-02T09:01:00.000Z');
    });

    it('hands out copies: changing a returned engagement changes nothing stored', async () => {
      const { call } = openServices(tempDir());
      const created = await call('engagements:create', validInput());
      const fetched = await call('engagements:get', { id: created.id });
      fetched.name = 'Mutated';
      fetched.people.pop();
      expect(await call('engagements:get', { id: created.id })).toEqual(created);
    });

    it('writes after the quiet period without an explicit flush', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const { call } = openServices(tempDir(), { writeDelayMs: 300 });
        const created = await call('engagements:create', validInput());
        vi.advanceTimersByTime(299);
        expect(fs.existsSync(engagementPath(created.id))).toBe(false);
        vi.advanceTimersByTime(1);
        expect(readEngagementFile(created.id).engagement.name).toBe('Payments platform');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('reopening', () => {
    it('reads back the same engagements', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Alpha' }));
      const b = await first.call('engagements:create', validInput({ name: 'Beta', status: 'active' }));
      const list = await first.call('engagements:list', {});
      first.services.flush();

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect(await second.call('engagements:list', {})).toEqual(list);
      expect(await second.call('engagements:get', { id: a.id })).toEqual(a);
      expect(await second.call('engagements:get', { id: b.id })).toEqual(b);
    });

    it('keeps the order of the index across a reopen', async () => {
      const first = openServices(tempDir());
      for (const name of ['One', 'Two', 'Three', 'Four']) await first.call('engagements:create', validInput({ name }));
      const order = (await first.call('engagements:list', {})).map((s) => s.name);
      expect(order).toEqual(['Four', 'Three', 'Two', 'One']);
      first.services.flush();

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.name)).toEqual(order);
    });

    it('follows an order edited in the index, and lists engagements missing from it last', async () => {
      const first = openServices(tempDir());
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) ids.push((await first.call('engagements:create', validInput({ name }))).id);
      first.services.flush();
      const [a, b, c] = ids as [string, string, string];

      const index = readIndex();
      const byId = new Map(index.engagements.map((s) => [s.id, s]));
      const reordered = [byId.get(b), byId.get(a)].filter((s) => s !== undefined);
      writeJson(indexPath(), { schemaVersion: 1, engagements: reordered });

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([b, a, c]);
      second.services.flush();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([b, a, c]);
    });

    it('drops index entries whose file is gone', async () => {
      const first = openServices(tempDir());
      const kept = await first.call('engagements:create', validInput({ name: 'Kept' }));
      const gone = await first.call('engagements:create', validInput({ name: 'Gone' }));
      first.services.flush();
      fs.rmSync(engagementPath(gone.id));

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([kept.id]);
      second.services.flush();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([kept.id]);
    });

    it('does not rewrite an index that already matches the files', async () => {
      const first = openServices(tempDir());
      await first.call('engagements:create', validInput());
      first.services.flush();

      const counting = countingFactory();
      const second = openServices(tempDir(), { factory: counting.factory });
      second.services.flush();
      expect(counting.writes).toEqual([]);
    });

    it('ignores files in engagements/ that are not engagement files', async () => {
      const first = openServices(tempDir());
      const kept = await first.call('engagements:create', validInput());
      first.services.flush();
      fs.writeFileSync(path.join(tempDir(), 'engagements', 'notes.txt'), 'hello');
      fs.writeFileSync(path.join(tempDir(), 'engagements', 'bad name!.json'), '{');
      fs.writeFileSync(path.join(tempDir(), 'engagements', `${kept.id}.v1.bak.json`), '{');

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([kept.id]);
      expect(fs.readFileSync(path.join(tempDir(), 'engagements', 'notes.txt'), 'utf8')).toBe('hello');
    });
  });

  describe('one file per engagement', () => {
    it("saving engagement A does not rewrite engagement B's file", async () => {
      const counting = countingFactory();
      const { services, call } = openServices(tempDir(), { factory: counting.factory });
      const a = await call('engagements:create', validInput({ name: 'A' }));
      const b = await call('engagements:create', validInput({ name: 'B' }));
      services.flush();
      const before = stableStat(engagementPath(b.id));
      const writesBefore = counting.writes.length;

      await call('engagements:update', { id: a.id, input: validInput({ name: 'A, renamed' }) });
      services.flush();

      expect(counting.writes.slice(writesBefore).sort()).toEqual([engagementPath(a.id), indexPath()].sort());
      expect(stableStat(engagementPath(b.id))).toEqual(before);
      expect(readEngagementFile(a.id).engagement.name).toBe('A, renamed');
    });

    it('coalesces many updates into exactly one write of that file', async () => {
      const counting = countingFactory();
      const { services, call } = openServices(tempDir(), { factory: counting.factory });
      const a = await call('engagements:create', validInput());
      services.flush();
      expect(counting.writesTo(engagementPath(a.id))).toBe(1);

      for (let i = 1; i <= 25; i++) {
        await call('engagements:update', { id: a.id, input: validInput({ name: `Draft ${i}` }) });
      }
      services.flush();

      expect(counting.writesTo(engagementPath(a.id))).toBe(2);
      expect(counting.writesTo(indexPath())).toBe(2);
      expect(readEngagementFile(a.id).engagement.name).toBe('Draft 25');
      expect(readIndex().engagements[0]?.name).toBe('Draft 25');
    });

    it('writes a new engagement and its later edits once when they come in one burst', async () => {
      const counting = countingFactory();
      const { services, call } = openServices(tempDir(), { factory: counting.factory });
      const a = await call('engagements:create', validInput());
      for (let i = 0; i < 5; i++) await call('engagements:update', { id: a.id, input: validInput({ name: `v${i}` }) });
      services.flush();
      expect(counting.writesTo(engagementPath(a.id))).toBe(1);
      expect(counting.writesTo(indexPath())).toBe(1);
    });
  });

  describe('flush on quit', () => {
    it('keeps the latest data when the app flushes before quitting', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Before' }));
      first.services.flush();
      await first.call('engagements:update', { id: a.id, input: validInput({ name: 'After', status: 'active' }) });
      // Still pending: the file on disk is the earlier version.
      expect(readEngagementFile(a.id).engagement.name).toBe('Before');

      first.services.flush(); // what main.ts does on before-quit

      const second = openServices(tempDir());
      const reopened = await second.call('engagements:get', { id: a.id });
      expect(reopened.name).toBe('After');
      expect(reopened.status).toBe('active');
      expect((await second.call('engagements:list', {}))[0]?.name).toBe('After');
    });
  });

  describe('delete and restore', () => {
    it('moves the file to trash/ and restore brings it back', async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      services.flush();
      const bytes = fs.readFileSync(engagementPath(a.id), 'utf8');

      expect(await call('engagements:delete', { id: a.id })).toEqual({ id: a.id });
      expect(fs.existsSync(engagementPath(a.id))).toBe(false);
      expect(fs.readFileSync(path.join(tempDir(), 'trash', `${a.id}.json`), 'utf8')).toBe(bytes);
      expect(await call('engagements:list', {})).toEqual([]);
      await fail('engagements:get', { id: a.id }, 'not-found');

      expect(await call('engagements:restore', { id: a.id })).toEqual(a);
      expect(fs.readFileSync(engagementPath(a.id), 'utf8')).toBe(bytes);
      expect(fs.existsSync(path.join(tempDir(), 'trash', `${a.id}.json`))).toBe(false);
      expect((await call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
    });

    it('saves pending edits before moving the file, even one never flushed', async () => {
      const { call } = openServices(tempDir());
      const a = await call('engagements:create', validInput({ name: 'Unsaved' }));
      await call('engagements:delete', { id: a.id });
      const trashed = EngagementFileSchema.parse(readJson(path.join(tempDir(), 'trash', `${a.id}.json`)));
      expect(trashed.engagement.name).toBe('Unsaved');
      expect((await call('engagements:restore', { id: a.id })).name).toBe('Unsaved');
    });

    it('survives reopening: deleted stays deleted, and can still be restored', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'A' }));
      const b = await first.call('engagements:create', validInput({ name: 'B' }));
      await first.call('engagements:delete', { id: a.id });
      first.services.flush();

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([b.id]);
      expect(await second.call('engagements:restore', { id: a.id })).toEqual(a);
      second.services.flush();

      const third = openServices(tempDir());
      expect((await third.call('engagements:list', {})).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
      expect(await third.call('engagements:get', { id: a.id })).toEqual(a);
    });

    it('restoring an engagement that is not deleted returns it unchanged', async () => {
      const { call } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      expect(await call('engagements:restore', { id: a.id })).toEqual(a);
      expect(await call('engagements:list', {})).toHaveLength(1);
    });

    it("reports 'storage' when the trashed file has become unreadable, and quarantines it", async () => {
      const { services, call, fail } = openServices(tempDir());
      const a = await call('engagements:create', validInput());
      await call('engagements:delete', { id: a.id });
      fs.writeFileSync(path.join(tempDir(), 'trash', `${a.id}.json`), '{ truncated');

      const error = await fail('engagements:restore', { id: a.id }, 'storage');
      expect(error.message).toMatch(/quarantine\//);
      expect(await call('engagements:list', {})).toEqual([]);
      services.flush();
      expect(listFiles(path.join(tempDir(), 'quarantine'))).toHaveLength(1);
    });
  });

  describe('migration from format 1', () => {
    it('migrates in memory, writes back the current format and keeps a <id>.v1.bak.json copy', async () => {
      const original = JSON.stringify(v1File('legacy-1'), null, 2);
      fs.mkdirSync(path.join(tempDir(), 'engagements'), { recursive: true });
      fs.writeFileSync(engagementPath('legacy-1'), original);

      const { services, call } = openServices(tempDir());
      expect(services.problems).toEqual([]);
      const migrated = await call('engagements:get', { id: 'legacy-1' });
      expect(migrated.people.map((p) => p.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
      expect(new Set(migrated.people.map((p) => p.id)).size).toBe(2);
      expect(migrated.endedEarlyReason).toBe('');

      // Written back at once, before any flush.
      const onDisk = readEngagementFile('legacy-1');
      expect(onDisk.schemaVersion).toBe(ENGAGEMENT_FILE_VERSION);
      expect(onDisk.engagement).toEqual(migrated);
      expect(fs.readFileSync(path.join(tempDir(), 'engagements', 'legacy-1.v1.bak.json'), 'utf8')).toBe(original);
      expect((await call('engagements:list', {})).map((s) => s.id)).toEqual(['legacy-1']);
    });

    it('does not migrate again on the next start, and keeps the people ids', async () => {
      writeJson(engagementPath('legacy-1'), v1File('legacy-1'));
      const first = openServices(tempDir());
      const migrated = await first.call('engagements:get', { id: 'legacy-1' });
      first.services.flush();
      const bak = path.join(tempDir(), 'engagements', 'legacy-1.v1.bak.json');
      const bakBefore = stableStat(bak);

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect(await second.call('engagements:get', { id: 'legacy-1' })).toEqual(migrated);
      expect(stableStat(bak)).toEqual(bakBefore);
    });

    it('migrates a format 2 file (before retros and the planner) to the current format and keeps a <id>.v2.bak.json copy', async () => {
      const first = openServices(tempDir());
      const created = await first.call('engagements:create', validInput({ name: 'Before the planner' }));
      first.services.flush();
      const v2 = { schemaVersion: 2, engagement: readEngagementFile(created.id).engagement };
      const original = JSON.stringify(v2, null, 2);
      fs.writeFileSync(engagementPath(created.id), original);

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect(await second.call('engagements:get', { id: created.id })).toEqual(created);
      expect(await second.call('planner:get', { scope: { kind: 'engagement', id: created.id } })).toMatchObject({
        weeks: {},
        rituals: [],
      });
      const onDisk = readEngagementFile(created.id);
      expect(onDisk).toEqual({
        schemaVersion: ENGAGEMENT_FILE_VERSION,
        engagement: created,
        retro: { goals: [], retros: [] },
        planner: { weeks: {}, rituals: [] },
        project: emptyProjectSection(),
        lifecycle: emptyLifecycleSection(),
      });
      expect(fs.readFileSync(path.join(tempDir(), 'engagements', `${created.id}.v2.bak.json`), 'utf8')).toBe(original);
    });

    it("gives a migrated 'ended-early' engagement a placeholder reason", async () => {
      writeJson(engagementPath('legacy-2'), v1File('legacy-2', { status: 'ended-early' }));
      const { call } = openServices(tempDir());
      expect((await call('engagements:get', { id: 'legacy-2' })).endedEarlyReason).toMatch(/Not recorded/);
    });

    it('quarantines a format 1 file that does not match format 1', () => {
      const broken = { schemaVersion: 1, engagement: { id: 'legacy-3', name: 'No people' } };
      writeJson(engagementPath('legacy-3'), broken);
      const { services } = openServices(tempDir());
      const problem = onlyProblem(services.problems);
      expect(problem).toMatchObject({ kind: 'quarantined', file: 'engagements/legacy-3.json' });
      expect(fs.existsSync(engagementPath('legacy-3'))).toBe(false);
      expect(fs.existsSync(path.join(tempDir(), 'engagements', 'legacy-3.v1.bak.json'))).toBe(false);
    });
  });

  describe('unreadable files', () => {
    async function withHealthyNeighbour() {
      const first = openServices(tempDir());
      const healthy = await first.call('engagements:create', validInput({ name: 'Healthy' }));
      first.services.flush();
      return healthy;
    }

    it.each([
      ['invalid JSON', '{ "schemaVersion": 2, "engagement": { "name": "cut off'],
      ['an empty file', ''],
      [
        'valid JSON that fails the schema',
        JSON.stringify({ schemaVersion: 2, engagement: { id: 'broken', name: '' } }),
      ],
      ['JSON with no schemaVersion', JSON.stringify({ engagement: { id: 'broken' } })],
      ['a JSON array', '[1, 2, 3]'],
    ])('moves %s to quarantine/, bytes intact, and reports it', async (_label, contents) => {
      const healthy = await withHealthyNeighbour();
      fs.writeFileSync(engagementPath('broken'), contents);

      const { services, call } = openServices(tempDir(), { clock: testClock('2026-03-03T10:00:00.000Z') });

      const problem = onlyProblem(services.problems);
      expect(problem.kind).toBe('quarantined');
      expect(problem.file).toBe('engagements/broken.json');
      expect(problem.movedTo).toBe('quarantine/engagements__broken.2026-03-03T10-00-00-000Z.json');
      expect(problem.message).toContain('engagements/broken.json');
      expect(problem.message).toContain(problem.movedTo ?? '');
      expect(fs.existsSync(engagementPath('broken'))).toBe(false);
      expect(fs.readFileSync(path.join(tempDir(), problem.movedTo ?? ''), 'utf8')).toBe(contents);

      expect((await call('engagements:list', {})).map((s) => s.id)).toEqual([healthy.id]);
      expect(await call('engagements:get', { id: healthy.id })).toEqual(healthy);
      expect((await call('app:startupReport', {})).problems).toEqual([problem]);
    });

    it('says in the message that the file was not valid JSON', () => {
      writeJson(engagementPath('x'), {});
      fs.writeFileSync(engagementPath('broken'), '{');
      const { services } = openServices(tempDir());
      const messages = services.problems.map((p) => p.message).join('\n');
      expect(messages).toMatch(/broken\.json could not be read \(not valid JSON\)/);
      expect(messages).toMatch(/x\.json could not be read \(no schemaVersion\)/);
    });

    it('quarantines two broken files separately, and reports both', () => {
      fs.mkdirSync(path.join(tempDir(), 'engagements'), { recursive: true });
      fs.writeFileSync(engagementPath('one'), '{');
      fs.writeFileSync(engagementPath('two'), 'null');
      const { services } = openServices(tempDir());
      expect(services.problems.map((p) => p.file).sort()).toEqual(['engagements/one.json', 'engagements/two.json']);
      expect(listFiles(path.join(tempDir(), 'quarantine'))).toHaveLength(2);
    });

    it('never overwrites an earlier quarantined copy of the same file', () => {
      const clock = testClock('2026-03-03T10:00:00.000Z');
      fs.mkdirSync(path.join(tempDir(), 'engagements'), { recursive: true });
      fs.writeFileSync(engagementPath('broken'), 'first');
      openServices(tempDir(), { clock });
      fs.writeFileSync(engagementPath('broken'), 'second');
      openServices(tempDir(), { clock });
      const copies = listFiles(path.join(tempDir(), 'quarantine'));
      expect(copies).toHaveLength(2);
      const contents = copies.map((f) => fs.readFileSync(path.join(tempDir(), 'quarantine', f), 'utf8')).sort();
      expect(contents).toEqual(['first', 'second']);
    });

    it('skips, and leaves in place, a file whose engagement id does not match its name', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput());
      first.services.flush();
      fs.copyFileSync(engagementPath(a.id), engagementPath('impostor'));

      const second = openServices(tempDir());
      const problem = onlyProblem(second.services.problems);
      expect(problem.file).toBe('engagements/impostor.json');
      expect(problem.message).toMatch(a.id);
      expect(fs.existsSync(engagementPath('impostor'))).toBe(true);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
    });
  });

  describe('a file from a newer version', () => {
    it('is left untouched, reported, and not listed; the others still load', async () => {
      const first = openServices(tempDir());
      const healthy = await first.call('engagements:create', validInput());
      first.services.flush();
      writeJson(engagementPath('future'), { schemaVersion: 99, engagement: { id: 'future', shiny: true } });
      const before = stableStat(engagementPath('future'));

      const second = openServices(tempDir());
      const problem = onlyProblem(second.services.problems);
      expect(problem.kind).toBe('newer-version');
      expect(problem.file).toBe('engagements/future.json');
      expect(problem.movedTo).toBeNull();
      expect(problem.message).toMatch(/newer version of Aux Desk \(format 99\)/);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([healthy.id]);
      await second.fail('engagements:get', { id: 'future' }, 'not-found');

      await second.call('engagements:update', { id: healthy.id, input: validInput({ name: 'Edited' }) });
      second.services.flush();
      expect(stableStat(engagementPath('future'))).toEqual(before);
      expect(listFiles(tempDir()).filter((f) => f.startsWith('quarantine/'))).toEqual([]);
    });
  });

  describe('the index', () => {
    it('is quarantined when corrupt and rebuilt from the engagement files', async () => {
      const first = openServices(tempDir());
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) ids.push((await first.call('engagements:create', validInput({ name }))).id);
      first.services.flush();
      fs.writeFileSync(indexPath(), '{"schemaVersion": 1, "engagements": [');

      const second = openServices(tempDir(), { clock: testClock('2026-03-04T08:00:00.000Z') });
      const problem = onlyProblem(second.services.problems);
      expect(problem).toMatchObject({
        kind: 'quarantined',
        file: 'engagements-index.json',
        movedTo: 'quarantine/engagements-index.2026-03-04T08-00-00-000Z.json',
      });
      expect(fs.readFileSync(path.join(tempDir(), problem.movedTo ?? ''), 'utf8')).toBe(
        '{"schemaVersion": 1, "engagements": [',
      );
      const listed = (await second.call('engagements:list', {})).map((s) => s.id);
      expect(listed.sort()).toEqual([...ids].sort());

      second.services.flush();
      expect(
        readIndex()
          .engagements.map((s) => s.id)
          .sort(),
      ).toEqual([...ids].sort());
      const third = openServices(tempDir());
      expect(third.services.problems).toEqual([]);
    });

    it('is quarantined when it fails its schema', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput());
      first.services.flush();
      writeJson(indexPath(), { schemaVersion: 1, engagements: [{ id: a.id }] });

      const second = openServices(tempDir());
      expect(onlyProblem(second.services.problems)).toMatchObject({
        kind: 'quarantined',
        file: 'engagements-index.json',
      });
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
    });

    it('is left untouched when written by a newer version; the list is built from the files', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'A' }));
      first.services.flush();
      const future = JSON.stringify({ schemaVersion: 2, engagements: [], pinned: [a.id] });
      fs.writeFileSync(indexPath(), future);

      const second = openServices(tempDir());
      expect(onlyProblem(second.services.problems)).toMatchObject({
        kind: 'newer-version',
        file: 'engagements-index.json',
        movedTo: null,
      });
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);

      const b = await second.call('engagements:create', validInput({ name: 'B' }));
      await second.call('engagements:update', { id: a.id, input: validInput({ name: 'A2' }) });
      second.services.flush();
      expect(fs.readFileSync(indexPath(), 'utf8')).toBe(future);
      expect(readEngagementFile(b.id).engagement.name).toBe('B');
      expect(readEngagementFile(a.id).engagement.name).toBe('A2');
    });

    it('is rebuilt when missing', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput());
      first.services.flush();
      fs.rmSync(indexPath());

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
      second.services.flush();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([a.id]);
    });

    it('is corrected when a summary in it is out of date', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Real name' }));
      first.services.flush();
      const index = readIndex();
      writeJson(indexPath(), {
        ...index,
        engagements: index.engagements.map((s) => ({ ...s, name: 'Stale name' })),
      });

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {}))[0]?.name).toBe('Real name');
      second.services.flush();
      expect(readIndex().engagements).toEqual([expect.objectContaining({ id: a.id, name: 'Real name' })]);
    });
  });
});
