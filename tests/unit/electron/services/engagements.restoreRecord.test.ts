import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { retroPath } from '../../../../shared/model/records/recordPaths';
import { doc, line } from '../../support/notes';
import { validInput } from '../../support/fixtures';
import { openServices, testClock } from '../../support/services';
import { listFiles } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';

describe('a quarantined record: kept in the banner until dismissed, restored from a snapshot (issue 14 item 4)', () => {
  const { tempDir, recordPath } = useEngagementsWorld();

  /** An engagement with a retro, on disk; a later day's start snapshots it; then its retro file breaks. */
  async function brokenRetro() {
    const clock = testClock('2026-03-02T09:00:00.000Z');
    const first = openServices(tempDir(), { clock });
    const e = await first.call('engagements:create', validInput({ name: 'Payments MVP' }));
    const retro = await first.call('retros:create', { engagementId: e.id, date: '2026-03-05' });
    await first.call('retros:saveNote', {
      engagementId: e.id,
      retroId: retro.id,
      section: 'wentWell',
      doc: doc(line('Deploys')),
    });
    await first.settle();
    clock.set('2026-03-03T09:00:00.000Z');
    await openServices(tempDir(), { clock }).settle(); // takes the snapshot of 3 Mar 2026
    const file = recordPath(e.id, retroPath(retro));
    fs.writeFileSync(file, '{ "schemaVersion": 10, "kind": "retro", "id": "cut off');
    return { clock, e, retro, file };
  }

  it('offers the newest good snapshot, and restoring brings the retro back byte for byte', async () => {
    const { clock, e, retro, file } = await brokenRetro();
    const again = openServices(tempDir(), { clock });
    const problem = again.services.problems.find((p) => p.record === retroPath(retro));
    expect(problem).toMatchObject({ engagementId: e.id, snapshot: '2026-03-03', kind: 'quarantined' });
    expect(problem?.message).toMatch(
      /^The retro of 5 Mar 2026 in “Payments MVP” could not be read: it is not valid JSON\./,
    );
    expect((await again.call('retros:list', { engagementId: e.id })).retros).toEqual([]);

    expect(await again.call('app:restoreRecord', { engagementId: e.id, record: retroPath(retro) })).toEqual({
      snapshot: '3 Mar 2026',
    });
    const [back] = (await again.call('retros:list', { engagementId: e.id })).retros;
    expect(back?.notes.wentWell).toEqual(doc(line('Deploys')));
    const snapshotCopy = path.join(tempDir(), 'snapshots', '2026-03-03', 'engagements', e.id, retroPath(retro));
    expect(fs.readFileSync(file)).toEqual(fs.readFileSync(snapshotCopy));
    expect((await again.call('app:startupReport', {})).problems).toEqual([]);
    await again.settle();

    const later = openServices(tempDir(), { clock });
    expect(later.services.problems).toEqual([]);
    expect((await later.call('retros:list', { engagementId: e.id })).retros).toHaveLength(1);
  });

  it('keeps the problem in the banner at every start until it is dismissed', async () => {
    const { clock, retro } = await brokenRetro();
    const found = openServices(tempDir(), { clock });
    await found.settle();
    const next = openServices(tempDir(), { clock });
    expect(next.services.problems.map((p) => p.record)).toEqual([retroPath(retro)]);
    await next.call('app:dismissProblems', {});
    expect((await next.call('app:startupReport', {})).problems).toEqual([]);
    await next.settle();
    expect(openServices(tempDir(), { clock }).services.problems).toEqual([]);
  });

  it('refuses, changing nothing, when no snapshot holds a good copy or the record is there', async () => {
    const { call, services } = openServices(tempDir());
    const e = await call('engagements:create', validInput());
    const retro = await call('retros:create', { engagementId: e.id, date: '2026-03-05' });
    await services.flushAndWait(10_000);
    const before = listFiles(tempDir());
    const refused = await services.dispatch('app:restoreRecord', { engagementId: e.id, record: retroPath(retro) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(listFiles(tempDir())).toEqual(before);
    const hostile = await services.dispatch('app:restoreRecord', { engagementId: e.id, record: '../../settings.json' });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
