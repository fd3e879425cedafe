import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { openServices, testClock } from '../../support/services';
import { listFiles, writeJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, engagementPath, folderPath, onlyProblem } = useEngagementsWorld();

  describe('unreadable files', () => {
    async function withHealthyNeighbour() {
      const first = openServices(tempDir());
      const healthy = await first.call('engagements:create', validInput({ name: 'Healthy' }));
      await first.settle();
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

    it('skips, and leaves in place, a folder whose engagement id does not match its name', async () => {
      const first = openServices(tempDir());
      const a = await first.call('engagements:create', validInput());
      await first.settle();
      fs.cpSync(folderPath(a.id), folderPath('impostor'), { recursive: true });

      const second = openServices(tempDir());
      const problem = onlyProblem(second.services.problems);
      expect(problem.file).toBe('engagements/impostor/');
      expect(problem.message).toMatch(a.id);
      expect(fs.existsSync(folderPath('impostor'))).toBe(true);
      expect((await second.call('engagements:list', {})).map((s) => s.id)).toEqual([a.id]);
    });
  });
});
