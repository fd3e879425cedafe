import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { readJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

// Found by the team workspace's convergence drill: after a sync's checkout the engagement is
// read again from disk (reloadFromDisk), and the writer must know afterwards exactly the
// files that are there.
describe('an engagement read again from disk, then saved', () => {
  const { tempDir, recordPath } = useEngagementsWorld();

  async function oneRetro() {
    const h = openServices(tempDir());
    const e = await h.call('engagements:create', validInput());
    const retro = await h.call('retros:create', { engagementId: e.id, date: '2026-03-05' });
    await h.settle();
    const retros = path.dirname(recordPath(e.id, `retros/2026-03-05-${retro.id}.json`));
    return { h, e, retro, retros, names: () => fs.readdirSync(retros).sort() };
  }

  it('found unchanged: a retro moved afterwards leaves no file at its old day', async () => {
    const { h, e, retro, names } = await oneRetro();
    expect(h.services.engagements.reloadFromDisk(e.id).how).toBe('unchanged');
    await h.call('retros:update', { engagementId: e.id, retroId: retro.id, patch: { date: '2026-03-12' } });
    await h.settle();
    expect(names()).toEqual([`2026-03-12-${retro.id}.json`]);
  });

  it('a file something else deleted: written again later, it is written, not kept as a conflict copy', async () => {
    const { h, e, retro, retros, names } = await oneRetro();
    // What git's checkout does when another laptop moved the retro to the 12th.
    const old = path.join(retros, `2026-03-05-${retro.id}.json`);
    const moved = { ...(readJson(old) as Record<string, unknown>), date: '2026-03-12' };
    fs.writeFileSync(path.join(retros, `2026-03-12-${retro.id}.json`), canonicalJson(moved));
    fs.rmSync(old);
    expect(h.services.engagements.reloadFromDisk(e.id).how).toBe('reloaded');

    await h.call('retros:update', { engagementId: e.id, retroId: retro.id, patch: { date: '2026-03-05' } });
    await h.settle();
    expect(names()).toEqual([`2026-03-05-${retro.id}.json`]);
    expect(readJson(old)).toMatchObject({ date: '2026-03-05' });
  });
});
