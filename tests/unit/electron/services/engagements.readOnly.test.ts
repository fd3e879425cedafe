import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { folderBytes } from '../../support/engagementFolder';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { useEngagementsWorld } from './engagementsWorld';
import { watched } from './watchWorld';

/** A retro record as a later Aux Desk might write it: a format this version does not know. */
const FROM_A_NEWER_APP = 'retros/2026-03-20-from-a-newer-app.json';
const newerRecord = () =>
  `${JSON.stringify({ schemaVersion: 11, kind: 'retro', id: 'from-a-newer-app', date: '2026-03-20' }, null, 2)}\n`;

/**
 * An engagement holding a record from a newer version of Aux Desk is read-only here: the
 * list says so (the renderer shows it before anyone types), and every change is refused
 * with words and writes nothing.
 */
describe('engagements with records from a newer version (read-only)', () => {
  const { tempDir, recordPath } = useEngagementsWorld();

  it('are listed as read-only, and their changes are refused without writing anything', async () => {
    const first = openServices(tempDir());
    const newer = await first.call('engagements:create', validInput({ name: 'Synced from a newer laptop' }));
    const plain = await first.call('engagements:create', validInput({ name: 'Ours' }));
    await first.call('retros:create', { engagementId: newer.id, date: '2026-03-05' });
    await first.settle();
    fs.writeFileSync(recordPath(newer.id, FROM_A_NEWER_APP), newerRecord());
    const before = folderBytes(tempDir(), newer.id);

    const h = openServices(tempDir());
    const listed = await h.call('engagements:list', {});
    expect(listed.map(({ name, readOnly }) => ({ name, readOnly }))).toEqual([
      { name: 'Ours', readOnly: false },
      { name: 'Synced from a newer laptop', readOnly: true },
    ]);
    expect(listed.find((s) => s.id === plain.id)?.readOnly).toBe(false);

    const refused = await h.fail(
      'engagements:update',
      { id: newer.id, input: validInput({ name: 'Renamed here' }) },
      'forbidden',
    );
    expect(refused.message).toBe(
      '“Synced from a newer laptop” holds records written by a newer version of Aux Desk, so it is read-only here. Update Aux Desk to edit it.',
    );
    const [retro] = (await h.call('retros:list', { engagementId: newer.id })).retros;
    if (!retro) throw new Error('the retro of this version should load');
    await h.fail(
      'retros:saveNote',
      { engagementId: newer.id, retroId: retro.id, section: 'notes', doc: retro.notes.notes },
      'forbidden',
    );
    await h.settle();
    expect(folderBytes(tempDir(), newer.id)).toEqual(before);
  });

  it('becomes read-only while the app runs when a newer record arrives (a sync), and the list says so', async () => {
    const h = watched(tempDir());
    const e = await h.call('engagements:create', validInput({ name: 'Payments MVP' }));
    await h.settle();
    expect((await h.call('engagements:list', {})).map((s) => s.readOnly)).toEqual([false]);

    fs.mkdirSync(recordPath(e.id, 'retros'), { recursive: true });
    fs.writeFileSync(recordPath(e.id, FROM_A_NEWER_APP), newerRecord());

    await vi.waitFor(() => expect(h.changes).toEqual([{ engagementId: e.id, name: 'Payments MVP', how: 'reloaded' }]));
    expect((await h.call('engagements:list', {})).map((s) => s.readOnly)).toEqual([true]);
    await h.fail('engagements:update', { id: e.id, input: validInput({ name: 'Renamed here' }) }, 'forbidden');
  });
});
