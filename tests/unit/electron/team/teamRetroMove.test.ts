import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTeamWorld, type Laptop } from './teamWorld';

/** The retro's record files in the laptop's workspace (its Markdown aside). */
function retroFiles(laptop: Laptop, engagementId: string, retroId: string): string[] {
  const dir = path.join(laptop.workspace, 'engagements', engagementId, 'retros');
  return fs.readdirSync(dir).filter((name) => name.endsWith(`-${retroId}.json`));
}

// Found by the convergence drill (teamConvergence.test.ts, seed 20260315): a retro moved to
// another day is a deleted file and a new one to git, so an edit of the old file on another
// laptop came back beside the moved one; two files then held one retro, and the one edited
// last hid the other's changes without a conflict.
describe('a retro moved to another day on one laptop and edited on another', () => {
  const world = useTeamWorld();

  async function twoLaptops() {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    return { ana, ben, engagementId, retroId };
  }

  async function syncAll(...laptops: Laptop[]) {
    for (const laptop of laptops) expect((await laptop.call('team:sync', {})).state).not.toBe('failed');
  }

  it.each([
    ['the mover syncs first', true],
    ['the editor syncs first', false],
  ])(
    '%s: one file, on the new day, with the edit',
    async (_, moverFirst) => {
      const { ana, ben, engagementId, retroId } = await twoLaptops();
      await ana.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-12' } });
      world.clock.advance(1000);
      await ben.note(engagementId, retroId, 'wentWell', 'Pairing worked');
      if (moverFirst) await syncAll(ana, ben, ana);
      else await syncAll(ben, ana, ben);

      for (const laptop of [ana, ben]) {
        expect(retroFiles(laptop, engagementId, retroId)).toEqual([`2026-03-12-${retroId}.json`]);
        const retro = laptop.services.engagements.readDoc(engagementId).retro.retros.find((r) => r.id === retroId);
        expect(retro?.date).toBe('2026-03-12');
        expect(laptop.noteText(engagementId, retroId, 'wentWell')).toBe('Pairing worked');
        expect((await laptop.call('team:status', {})).conflicts).toBe(0);
      }
      expect(world.tree(ana.workspace)).toEqual(world.tree(ben.workspace));
    },
    30_000,
  );

  it('moved to two different days: one file, the date in conflict; picking theirs moves it to their day', async () => {
    const { ana, ben, engagementId, retroId } = await twoLaptops();
    await ana.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-12' } });
    await ben.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-19' } });
    await ben.note(engagementId, retroId, 'notes', 'Moved to the 19th');
    await syncAll(ana, ben);

    expect(retroFiles(ben, engagementId, retroId)).toEqual([`2026-03-19-${retroId}.json`]);
    const [conflict] = await ben.call('team:conflicts', {});
    expect(conflict?.fields.map((f) => [f.label, f.ours, f.theirs])).toEqual([
      ['Retro date', '2026-03-19', '2026-03-12'],
    ]);
    if (!conflict) throw new Error('no conflict');
    await ben.call('team:resolve', { engagementId, conflictId: conflict.id, choices: ['theirs'] });
    await syncAll(ben, ana);

    for (const laptop of [ana, ben]) {
      expect(retroFiles(laptop, engagementId, retroId)).toEqual([`2026-03-12-${retroId}.json`]);
      expect(laptop.noteText(engagementId, retroId, 'notes')).toBe('Moved to the 19th');
      expect(laptop.services.problems).toEqual([]);
    }
    expect(world.tree(ana.workspace)).toEqual(world.tree(ben.workspace));
  }, 30_000);

  // Also found by the drill: git removed the old file on Ana's laptop, but her writer still
  // remembered it, so moving the retro back to that day was taken for someone else's delete
  // and written to a conflict copy (ignored by git), never to the team.
  it('moved away on one laptop and back on the other: the record is written where it belongs', async () => {
    const { ana, ben, engagementId, retroId } = await twoLaptops();
    await ben.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-12' } });
    await syncAll(ben, ana);
    expect(retroFiles(ana, engagementId, retroId)).toEqual([`2026-03-12-${retroId}.json`]);
    await ana.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-05' } });
    await ana.note(engagementId, retroId, 'notes', 'Back to the 5th');
    await syncAll(ana, ben);

    for (const laptop of [ana, ben]) {
      const dir = path.join(laptop.workspace, 'engagements', engagementId, 'retros');
      expect(fs.readdirSync(dir).filter((name) => name.includes('.conflict-'))).toEqual([]);
      expect(retroFiles(laptop, engagementId, retroId)).toEqual([`2026-03-05-${retroId}.json`]);
      expect(laptop.noteText(engagementId, retroId, 'notes')).toBe('Back to the 5th');
    }
  }, 30_000);
});
