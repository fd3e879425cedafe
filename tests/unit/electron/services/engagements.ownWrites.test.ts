import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Retro } from '../../../../shared/model/retro';
import { retroPath } from '../../../../shared/model/records/recordPaths';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { doc, line } from '../../support/notes';
import { validInput } from '../../support/fixtures';
import { readJson } from '../../support/tempDir';
import { useEngagementsWorld } from './engagementsWorld';
import { settleWatch, watched } from './watchWorld';

type Watched = ReturnType<typeof watched>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The folder watch must not read back what the app itself wrote (a whole-folder read and
 * parse on the main thread, ~300 ms after every keystroke-driven save), yet must still see
 * every change made by something else. Reads are counted where they happen: the
 * repository's reload, and the synchronous opens and listings under the engagement's folder.
 */
describe('the folder watch and the app’s own saves (issue 14 item 3)', () => {
  const { tempDir, folderPath, recordPath } = useEngagementsWorld();
  const spies: { mockRestore(): void }[] = [];
  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });

  /** Counts, from now on, the reloads of engagements and the synchronous reads under `folder`. */
  function countReads(h: Watched, folder: string) {
    const reloads = vi.spyOn(h.services.engagements, 'reloadFromDisk');
    const opens = vi.spyOn(fs, 'openSync');
    const listings = vi.spyOn(fs, 'readdirSync');
    spies.push(reloads, opens, listings);
    const inside = (p: unknown) => String(p) === folder || String(p).startsWith(folder + path.sep);
    return {
      reloads: () => reloads.mock.calls.length,
      reads: () => [...opens.mock.calls, ...listings.mock.calls].filter(([p]) => inside(p)).length,
    };
  }

  async function engagementWithRetro(h: Watched) {
    const e = await h.call('engagements:create', validInput({ name: 'Payments MVP' }));
    const retro = await h.call('retros:create', { engagementId: e.id, date: '2026-03-05' });
    await h.settle();
    await settleWatch();
    return { e, retro, file: recordPath(e.id, retroPath(retro)) };
  }

  const saveNote = (h: Watched, engagementId: string, retroId: string, words: string) =>
    h.call('retros:saveNote', { engagementId, retroId, section: 'notes', doc: doc(line(words)) });

  const shownNotes = async (h: Watched, engagementId: string) =>
    (await h.call('retros:list', { engagementId })).retros.map((r) => r.notes.notes);

  it('reads nothing back after its own saves: N saves, no reload, no file read, no event', async () => {
    const h = watched(tempDir());
    const { e, retro } = await engagementWithRetro(h);
    const count = countReads(h, folderPath(e.id));

    for (let i = 0; i < 6; i++) {
      await saveNote(h, e.id, retro.id, `Draft ${i}`);
      if (i === 3) await h.call('engagements:update', { id: e.id, input: validInput({ name: 'Payments, renamed' }) });
      await h.settle();
      // Some saves land in one quiet period of the watch, some in their own.
      if (i % 2 === 1) await pause(80);
    }
    await settleWatch();

    expect(count.reloads()).toBe(0);
    expect(count.reads()).toBe(0);
    expect(h.changes).toEqual([]);
    expect(readJson(recordPath(e.id, retroPath(retro)))).toMatchObject({ notes: { notes: doc(line('Draft 5')) } });
  });

  it('reloads an in-place edit of the same size, same modification time, made just after its own save', async () => {
    const h = watched(tempDir());
    const { e, retro, file } = await engagementWithRetro(h);
    await saveNote(h, e.id, retro.id, 'Draft A');
    await h.settle();

    // Another program rewrites the file in place at once: one quiet period of the watch holds
    // both writes, and size and time are what the app's own write left (one clock tick).
    const before = fs.statSync(file);
    const ours = fs.readFileSync(file);
    const theirs = Buffer.from(ours.toString('utf8').replace('Draft A', 'Draft B'));
    expect(theirs.length).toBe(ours.length);
    fs.writeFileSync(file, theirs);
    fs.utimesSync(file, before.atimeMs / 1000, before.mtimeMs / 1000);
    expect(fs.statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs, ino: before.ino });

    await vi.waitFor(() => expect(h.changes).toEqual([{ engagementId: e.id, name: 'Payments MVP', how: 'reloaded' }]));
    expect(await shownNotes(h, e.id)).toEqual([doc(line('Draft B'))]);
  });

  it('reloads an in-place edit made after its own save was seen and passed over', async () => {
    const h = watched(tempDir());
    const { e, retro, file } = await engagementWithRetro(h);
    // Two own saves, each replacing the file (a new inode each time), each seen and passed over.
    for (const words of ['Draft A', 'Draft B']) {
      await saveNote(h, e.id, retro.id, words);
      await h.settle();
      await settleWatch();
    }
    expect(h.changes).toEqual([]);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Draft B', 'Draft C'));
    await vi.waitFor(() => expect(h.changes).toEqual([{ engagementId: e.id, name: 'Payments MVP', how: 'reloaded' }]));
    expect(await shownNotes(h, e.id)).toEqual([doc(line('Draft C'))]);
  });

  it('reloads a record file another program adds, and one it deletes', async () => {
    const h = watched(tempDir());
    const { e, retro, file } = await engagementWithRetro(h);
    await saveNote(h, e.id, retro.id, 'Ours');
    await h.settle();

    const synced: Retro = { ...(readJson(file) as Retro), id: 'from-ana', date: '2026-03-12' };
    const added = recordPath(e.id, retroPath(synced));
    fs.writeFileSync(added, canonicalJson({ ...synced, notes: { ...synced.notes, notes: doc(line('Ana’s')) } }));
    await vi.waitFor(() => expect(h.changes.map((c) => c.how)).toEqual(['reloaded']));
    expect(await shownNotes(h, e.id)).toEqual([doc(line('Ana’s')), doc(line('Ours'))]);

    fs.rmSync(file);
    await vi.waitFor(() => expect(h.changes.map((c) => c.how)).toEqual(['reloaded', 'reloaded']));
    expect(await shownNotes(h, e.id)).toEqual([doc(line('Ana’s'))]);
  });

  it('reloads a folder another program moved away and back, changed (a checkout, a sync)', async () => {
    const h = watched(tempDir());
    const { e } = await engagementWithRetro(h);
    const aside = path.join(tempDir(), 'aside');
    fs.renameSync(folderPath(e.id), aside);
    const engagementFile = path.join(aside, 'engagement.json');
    fs.writeFileSync(engagementFile, canonicalJson({ ...(readJson(engagementFile) as object), name: 'From git' }));
    fs.renameSync(aside, folderPath(e.id));

    await vi.waitFor(async () => expect((await h.call('engagements:get', { id: e.id })).name).toBe('From git'));
    expect(h.changes.at(-1)).toEqual({ engagementId: e.id, name: 'From git', how: 'reloaded' });
  });

  it('reloads a change seen while its own save was still waiting, once that save is on disk', async () => {
    const h = watched(tempDir());
    const { e, retro, file } = await engagementWithRetro(h);
    // An edit of the details waits in the write queue while another program edits the retro.
    await h.call('engagements:update', { id: e.id, input: validInput({ name: 'Payments, renamed' }) });
    fs.writeFileSync(
      file,
      canonicalJson({ ...(readJson(file) as Retro), notes: { ...retro.notes, notes: doc(line('Theirs')) } }),
    );
    await settleWatch();
    expect(h.changes).toEqual([]);

    await h.settle();
    await vi.waitFor(() =>
      expect(h.changes).toEqual([{ engagementId: e.id, name: 'Payments, renamed', how: 'reloaded' }]),
    );
    expect(await shownNotes(h, e.id)).toEqual([doc(line('Theirs'))]);
    expect((await h.call('engagements:get', { id: e.id })).name).toBe('Payments, renamed');
  });
});
