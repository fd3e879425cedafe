import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { retroPath } from '../../../../shared/model/records/recordPaths';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { doc, line } from '../../support/notes';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { readJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';
import { settleWatch, watched } from './watchWorld';

describe('engagements changed outside the app, while it runs (issue 14 item 3: the folder watch)', () => {
  const { tempDir, folderPath, recordPath } = useEngagementsWorld();

  it('shows a retro edited on disk by another program, and says so once', async () => {
    const h = watched(tempDir());
    const e = await h.call('engagements:create', validInput({ name: 'Payments MVP' }));
    const retro = await h.call('retros:create', { engagementId: e.id, date: '2026-03-05' });
    await h.settle();
    await settleWatch();
    // Our own writes read back as what is held: no event.
    expect(h.changes).toEqual([]);

    const file = recordPath(e.id, retroPath(retro));
    const theirs = { ...(readJson(file) as Record<string, unknown>) };
    theirs['notes'] = { ...(theirs['notes'] as object), wentWell: doc(line('Synced from Ana’s laptop')) };
    fs.writeFileSync(file, canonicalJson(theirs));

    await vi.waitFor(() => expect(h.changes).toEqual([{ engagementId: e.id, name: 'Payments MVP', how: 'reloaded' }]));
    const [shown] = (await h.call('retros:list', { engagementId: e.id })).retros;
    expect(shown?.notes.wentWell).toEqual(doc(line('Synced from Ana’s laptop')));
    // Search follows (issue 17): the index is updated from the reloaded engagement, without a restart.
    await vi.waitFor(() => expect(h.services.search.search('laptop').total).toBe(1));

    // An edit here afterwards saves over their version without a conflict copy: it was read.
    await h.call('retros:saveNote', {
      engagementId: e.id,
      retroId: retro.id,
      section: 'notes',
      doc: doc(line('Mine')),
    });
    await h.settle();
    expect(readJson(file)).toMatchObject({ notes: { wentWell: doc(line('Synced from Ana’s laptop')) } });
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.conflict-'))).toEqual([]);
  });

  it('keeps an engagement deleted outside the app deleted, and adds one that appears', async () => {
    const h = watched(tempDir());
    const gone = await h.call('engagements:create', validInput({ name: 'Deleted elsewhere' }));
    const kept = await h.call('engagements:create', validInput({ name: 'Kept' }));
    await h.settle();
    await settleWatch();

    fs.cpSync(folderPath(kept.id), path.join(tempDir(), 'synced-in'), { recursive: true });
    const synced = readJson(path.join(tempDir(), 'synced-in', 'engagement.json')) as Record<string, unknown>;
    fs.writeFileSync(
      path.join(tempDir(), 'synced-in', 'engagement.json'),
      canonicalJson({ ...synced, id: 'from-a-sync', name: 'From a sync' }),
    );
    fs.renameSync(path.join(tempDir(), 'synced-in'), folderPath('from-a-sync'));
    fs.rmSync(folderPath(gone.id), { recursive: true });

    await vi.waitFor(() => expect(h.changes.map((c) => c.how).sort()).toEqual(['added', 'removed']));
    expect((await h.call('engagements:list', {})).map((s) => s.name).sort()).toEqual(['From a sync', 'Kept']);
    await h.fail('engagements:get', { id: gone.id }, 'not-found');

    // Nothing writes the deleted engagement back: not a later save, not the index, not a restart.
    await h.call('engagements:update', { id: kept.id, input: validInput({ name: 'Kept, renamed' }) });
    await h.settle();
    expect(fs.existsSync(folderPath(gone.id))).toBe(false);
    const again = openServices(tempDir());
    expect((await again.call('engagements:list', {})).map((s) => s.name).sort()).toEqual([
      'From a sync',
      'Kept, renamed',
    ]);
  });

  it('waits while its own change is not on disk yet, then never writes over the other version', async () => {
    const h = watched(tempDir());
    const e = await h.call('engagements:create', validInput({ name: 'Ours' }));
    await h.settle();
    await settleWatch();
    // An edit here, still in the write queue, when another program rewrites the same record.
    await h.call('engagements:update', { id: e.id, input: validInput({ name: 'Ours, edited' }) });
    const file = recordPath(e.id);
    fs.writeFileSync(file, canonicalJson({ ...(readJson(file) as object), name: 'Theirs' }));
    await settleWatch();
    expect(h.changes).toEqual([]);
    expect((await h.call('engagements:get', { id: e.id })).name).toBe('Ours, edited');

    await h.settle();
    // Theirs stays; ours is kept beside it, and both are there to compare.
    expect(readJson(file)).toMatchObject({ name: 'Theirs' });
    const copies = fs.readdirSync(folderPath(e.id)).filter((n) => n.includes('.conflict-'));
    expect(copies).toHaveLength(1);
    expect(readJson(path.join(folderPath(e.id), copies[0] ?? ''))).toMatchObject({ name: 'Ours, edited' });
  });
});
