import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { countingFactory, openServices, testClock } from '../../support/services';
import { writeJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, folderPath, indexPath, readEngagementFile, readIndex, onlyProblem } = useEngagementsWorld();

  describe('reopening', () => {
    it('reads back the same engagements', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Alpha' }));
      const b = await first.call('engagements:create', validInput({ name: 'Beta', status: 'active' }));
      const list = await first.call('engagements:list', {});
      await first.settle();

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
      await first.settle();

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.name)).toEqual(order);
    });

    it('follows an order edited in the index, and lists engagements missing from it last', async () => {
      const first = openServices(tempDir());
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) ids.push((await first.call('engagements:create', validInput({ name }))).id);
      await first.settle();
      const [a, b, c] = ids as [string, string, string];

      const index = readIndex();
      const byId = new Map(index.engagements.map((s) => [s.id, s]));
      const reordered = [byId.get(b), byId.get(a)].filter((s) => s !== undefined);
      writeJson(indexPath(), { schemaVersion: 1, engagements: reordered });

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([b, a, c]);
      await second.settle();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([b, a, c]);
    });

    it('drops index entries whose file is gone', async () => {
      const first = openServices(tempDir());
      const kept = await first.call('engagements:create', validInput({ name: 'Kept' }));
      const gone = await first.call('engagements:create', validInput({ name: 'Gone' }));
      await first.settle();
      fs.rmSync(folderPath(gone.id), { recursive: true });

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([kept.id]);
      await second.settle();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([kept.id]);
    });

    it('does not rewrite an index that already matches the files', async () => {
      const first = openServices(tempDir());
      await first.call('engagements:create', validInput());
      await first.settle();

      const counting = countingFactory();
      const second = openServices(tempDir(), { factory: counting.factory });
      await second.settle();
      expect(counting.writes).toEqual([]);
    });

    it('ignores files in engagements/ that are not engagements', async () => {
      const first = openServices(tempDir());
      const kept = await first.call('engagements:create', validInput());
      await first.settle();
      fs.writeFileSync(path.join(tempDir(), 'engagements', 'notes.txt'), 'hello');
      fs.writeFileSync(path.join(tempDir(), 'engagements', 'bad name!.json'), '{');
      fs.writeFileSync(path.join(tempDir(), 'engagements', `${kept.id}.v1.bak.json`), '{');

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([kept.id]);
      expect(fs.readFileSync(path.join(tempDir(), 'engagements', 'notes.txt'), 'utf8')).toBe('hello');
    });
  });

  describe('the index', () => {
    it('is quarantined when corrupt and rebuilt from the engagement files', async () => {
      const first = openServices(tempDir());
      const ids: string[] = [];
      for (const name of ['A', 'B', 'C']) ids.push((await first.call('engagements:create', validInput({ name }))).id);
      await first.settle();
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

      await second.settle();
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
      await first.settle();
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
      await first.settle();
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
      await second.settle();
      expect(fs.readFileSync(indexPath(), 'utf8')).toBe(future);
      expect(readEngagementFile(b.id).engagement.name).toBe('B');
      expect(readEngagementFile(a.id).engagement.name).toBe('A2');
    });

    it('is rebuilt when missing', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput());
      await first.settle();
      fs.rmSync(indexPath());

      const second = openServices(tempDir());
      expect(second.services.problems).toEqual([]);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
      await second.settle();
      expect(readIndex().engagements.map((s) => s.id)).toEqual([a.id]);
    });

    it('is corrected when a summary in it is out of date', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput({ name: 'Real name' }));
      await first.settle();
      const index = readIndex();
      writeJson(indexPath(), {
        ...index,
        engagements: index.engagements.map((s) => ({ ...s, name: 'Stale name' })),
      });

      const second = openServices(tempDir());
      expect((await second.call('engagements:list', {}))[0]?.name).toBe('Real name');
      await second.settle();
      expect(readIndex().engagements).toEqual([expect.objectContaining({ id: a.id, name: 'Real name' })]);
    });
  });
});
