import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import { openEngagementFolder } from '../../electron/services/engagementFolders';
import { EngagementRepository } from '../../electron/services/engagements';
import { createMainServices } from '../../electron/services/mainServices';
import { nodeStorageFs, type StorageFs } from '../../electron/storage/fileSystem';
import { FileWriter } from '../../electron/storage/fileWriter';
import { WriteQueue } from '../../electron/services/writeQueue';
import type { NoteDoc } from '../../shared/model/note';
import { recordingPlatform } from '../unit/support/platform';
import type { Dataset } from './dataset';
import { copyDataset } from './folders';
import { median, round } from './stats';

interface Write {
  file: string;
  bytes: number;
}

/** The real disk under the one writer, recording each file it writes and how many bytes. */
function recordingFs(writes: Write[]): StorageFs {
  return {
    ...nodeStorageFs,
    open: async (file, flags, mode) => {
      const handle = await nodeStorageFs.open(file, flags, mode);
      if (flags === 'r') return handle;
      return {
        write: async (buffer, offset, length, position) => {
          const done = await handle.write(buffer, offset, length, position);
          writes.push({ file, bytes: done.bytesWritten });
          return done;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

const platform = () => recordingPlatform({ saveDir: path.join(os.tmpdir(), 'aux-desk-bench-exports') });

/**
 * Autosave of one retro note, through IPC dispatch and the write queue, with 1 engagement
 * on disk and with all 20: the time in the handler (validation, the in-memory change), the
 * time and bytes of the file write it leads to.
 */
export async function measureSaveCost(dataset: Dataset, work: string, runs: number) {
  const result: Record<string, unknown> = {};
  for (const [name, only] of [
    ['one', [dataset.bigEngagementId]],
    ['all', undefined],
  ] as const) {
    const dir = path.join(work, `save-${name}`);
    copyDataset(dataset.dir, dir, only);
    const writes: Write[] = [];
    const services = createMainServices({
      dataDir: dir,
      factory: confStoreFactory,
      storageFs: recordingFs(writes),
      platform: platform(),
      writeDelayMs: 60_000,
      log: () => undefined,
    });
    await services.flushAndWait(60_000);
    const doc = services.retros.section(dataset.bigEngagementId).retros.find((r) => r.id === dataset.bigRetroId)
      ?.notes.notes;
    if (!doc) throw new Error('The big retro is missing');
    const handlerMs: number[] = [];
    const writeMs: number[] = [];
    const bytes: number[] = [];
    const files: number[] = [];
    const noteBytes: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const edited: NoteDoc = {
        ...doc,
        content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}` }] }],
      };
      writes.length = 0;
      const t0 = performance.now();
      const answer = await services.dispatch('retros:saveNote', {
        engagementId: dataset.bigEngagementId,
        retroId: dataset.bigRetroId,
        section: 'notes',
        doc: edited,
      });
      if (!answer.ok) throw new Error(answer.error.message);
      const t1 = performance.now();
      // The write itself, asynchronous off the handler: from handing it over until it is on disk.
      const unsaved = await services.flushAndWait(60_000);
      const t2 = performance.now();
      if (unsaved.length > 0) throw new Error(`Not saved: ${unsaved.join(', ')}`);
      if (i === 0) continue; // warm-up
      handlerMs.push(t1 - t0);
      writeMs.push(t2 - t1);
      bytes.push(writes.reduce((a, w) => a + w.bytes, 0));
      files.push(new Set(writes.map((w) => w.file)).size);
      noteBytes.push(Buffer.byteLength(JSON.stringify(edited)));
    }
    await services.mail.outbox.stop();
    result[name] = {
      engagements: only?.length ?? dataset.engagementIds.length,
      handlerMs: round(median(handlerMs), 2),
      writeMs: round(median(writeMs), 2),
      totalMs: round(median(handlerMs.map((h, i) => h + (writeMs[i] ?? 0))), 2),
      bytesPerSave: median(bytes),
      filesPerSave: median(files),
      noteBytes: median(noteBytes),
    };
  }
  return result;
}

/**
 * Main-process start-up on the 5-year folder, through the same persistence code: the
 * repository's load (the index, reconciled with the engagement files) and then one
 * engagement's document; and the whole createMainServices for context.
 */
export async function measureMainProcess(dataset: Dataset, work: string, runs: number) {
  const dir = path.join(work, 'main');
  copyDataset(dataset.dir, dir);
  const noop = () => undefined;
  // Once, to take the day's snapshot (a once-a-day cost, reported by the start-up figure of the app).
  await createMainServices({ dataDir: dir, factory: confStoreFactory, platform: platform(), log: noop }).flushAndWait(
    60_000,
  );
  const loadMs: number[] = [];
  const oneMs: number[] = [];
  const servicesMs: number[] = [];
  const thisWeekMs: number[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const writer = new FileWriter({ onError: noop });
    const repo = new EngagementRepository({
      dataDir: dir,
      factory: confStoreFactory,
      queue: new WriteQueue(60_000, noop),
      writer,
      now: () => new Date(),
      newId: () => 'x',
      report: noop,
    });
    repo.load();
    const list = repo.list();
    const t1 = performance.now();
    // One engagement from disk, through the same code the repository opens each folder with.
    const opened = openEngagementFolder(
      {
        dataDir: dir,
        engagementsDir: path.join(dir, 'engagements'),
        writer,
        factory: confStoreFactory,
        now: () => new Date(),
        newId: () => 'x',
        report: noop,
      },
      dataset.bigEngagementId,
    );
    if (!opened) throw new Error('The big engagement did not open');
    const t2 = performance.now();
    const s0 = performance.now();
    const services = createMainServices({ dataDir: dir, factory: confStoreFactory, platform: platform(), log: noop });
    const s1 = performance.now();
    // The start view's data: "This week" across every engagement, from a cold start.
    services.lifecycle.thisWeek(today);
    const s2 = performance.now();
    await services.mail.outbox.stop();
    if (i === 0 || list.length === 0) continue;
    loadMs.push(t1 - t0);
    oneMs.push(t2 - t1);
    servicesMs.push(s1 - s0);
    thisWeekMs.push(s2 - s1);
  }
  return {
    engagements: dataset.engagementIds.length,
    loadIndexMs: round(median(loadMs), 1),
    oneEngagementMs: round(median(oneMs), 1),
    createMainServicesMs: round(median(servicesMs), 1),
    thisWeekMs: round(median(thisWeekMs), 1),
    folderMb: round(dataset.bytes / 1_048_576, 1),
    bigEngagementKb: round(folderSize(path.join(dir, 'engagements', dataset.bigEngagementId)) / 1024, 0),
  };
}

/** The bytes of every file under `dir`. */
function folderSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
