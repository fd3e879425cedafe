import { emptyProjectSection } from '../../../../shared/model/projectRetro';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLifecycleSection } from '../../../../shared/model/lifecycle';
import { ENGAGEMENT_FILE_VERSION } from '../../../../shared/model/files';
import { v1File, validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { listFiles, writeJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

describe('engagement persistence (real files)', () => {
  const { tempDir, engagementPath, readEngagementFile, stableStat, onlyProblem } = useEngagementsWorld();

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
      await first.settle();
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
      await first.settle();
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

  describe('a file from a newer version', () => {
    it('is left untouched, reported, and not listed; the others still load', async () => {
      const first = openServices(tempDir());
      const healthy = await first.call('engagements:create', validInput());
      await first.settle();
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
      await second.settle();
      expect(stableStat(engagementPath('future'))).toEqual(before);
      expect(listFiles(tempDir()).filter((f) => f.startsWith('quarantine/'))).toEqual([]);
    });
  });
});
