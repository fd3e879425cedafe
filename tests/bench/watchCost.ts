import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import { createMainServices, type MainServices } from '../../electron/services/mainServices';
import { watchEngagements } from '../../electron/services/watchEngagements';
import type { NoteDoc } from '../../shared/model/note';
import { recordingPlatform } from '../unit/support/platform';
import type { Dataset } from './dataset';
import { copyDataset } from './folders';
import { median, round } from './stats';

/** The watch's quiet time in the app (backgroundServices), and time after it for the watch to answer. */
const DEBOUNCE_MS = 300;
const ANSWER_MS = 400;

interface Side {
  services: MainServices;
  stop: () => void;
  reloads: { count: number; ms: number };
}

/** The 5-year folder's services, with the folder watch wired as the app wires it (or not), and its reloads counted. */
function openSide(dataset: Dataset, dir: string, watch: boolean): Side {
  copyDataset(dataset.dir, dir);
  const services = createMainServices({
    dataDir: dir,
    factory: confStoreFactory,
    platform: recordingPlatform({ saveDir: path.join(os.tmpdir(), 'aux-desk-bench-exports') }),
    writeDelayMs: 60_000,
    log: () => undefined,
  });
  const reloads = { count: 0, ms: 0 };
  const reload = services.engagements.reloadFromDisk.bind(services.engagements);
  services.engagements.reloadFromDisk = (id) => {
    const t0 = performance.now();
    try {
      return reload(id);
    } finally {
      reloads.count += 1;
      reloads.ms += performance.now() - t0;
    }
  };
  // The watch alone (startBackground would also build the search index, which is measured elsewhere).
  const watcher = watch
    ? watchEngagements(services.engagements, path.join(dir, 'engagements'), {
        debounceMs: DEBOUNCE_MS,
        writer: services.writer,
        log: () => undefined,
        emit: () => undefined,
      })
    : null;
  watcher?.start();
  return { services, stop: () => watcher?.stop(), reloads };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One autosave of the big note, on disk, and then the watch's quiet time and answer: the
 * main thread's busy time over all of it (event-loop utilisation: the handler, the write's
 * callbacks, and whatever the watch did), and the longest the loop was held.
 */
async function save(side: Side, dataset: Dataset, doc: NoteDoc, i: number) {
  const edited: NoteDoc = {
    ...doc,
    content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}` }] }],
  };
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const reloadsBefore = side.reloads.count;
  await pause(20);
  loop.enable();
  const elu = performance.eventLoopUtilization();
  const answer = await side.services.dispatch('retros:saveNote', {
    engagementId: dataset.bigEngagementId,
    retroId: dataset.bigRetroId,
    section: 'notes',
    doc: edited,
  });
  if (!answer.ok) throw new Error(answer.error.message);
  const unsaved = await side.services.flushAndWait(60_000);
  if (unsaved.length > 0) throw new Error(`Not saved: ${unsaved.join(', ')}`);
  await pause(DEBOUNCE_MS + ANSWER_MS);
  const busy = performance.eventLoopUtilization(elu);
  loop.disable();
  return { activeMs: busy.active, maxStallMs: loop.max / 1e6, reloads: side.reloads.count - reloadsBefore };
}

/**
 * Main-thread time per autosave of the 10,000-word note with the folder watch on and off,
 * side by side: two copies of the 5-year folder, saved in turns (the order swapped each
 * round, so a change in the machine's load weighs on both). And what reading the big
 * engagement back costs, which the watch paid ~300 ms after every save before it told the
 * app's own writes apart.
 */
export async function measureWatchCost(dataset: Dataset, work: string, runs: number) {
  const off = openSide(dataset, path.join(work, 'watch-off'), false);
  const on = openSide(dataset, path.join(work, 'watch-on'), true);
  try {
    const doc = off.services.retros.section(dataset.bigEngagementId).retros.find((r) => r.id === dataset.bigRetroId)
      ?.notes.notes;
    if (!doc) throw new Error('The big retro is missing');
    const measured: Record<'on' | 'off', Awaited<ReturnType<typeof save>>[]> = { on: [], off: [] };
    for (let i = 0; i < runs + 1; i++) {
      for (const name of i % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
        const result = await save(name === 'on' ? on : off, dataset, doc, i);
        if (i > 0) measured[name].push(result); // the first round warms up
      }
    }
    const reloadMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      off.services.engagements.reloadFromDisk(dataset.bigEngagementId);
      reloadMs.push(performance.now() - t0);
    }
    const sum = (name: 'on' | 'off') => ({
      activeMs: round(median(measured[name].map((m) => m.activeMs)), 2),
      maxStallMs: round(median(measured[name].map((m) => m.maxStallMs)), 1),
      reloadsPerSave: round(measured[name].reduce((a, m) => a + m.reloads, 0) / measured[name].length, 2),
    });
    const summary = { on: sum('on'), off: sum('off') };
    return {
      saves: measured.on.length,
      ...summary,
      ratio: round(summary.on.activeMs / summary.off.activeMs, 2),
      readBackMs: round(median(reloadMs), 1),
    };
  } finally {
    on.stop();
    off.stop();
    await Promise.all([on.services.mail.outbox.stop(), off.services.mail.outbox.stop()]);
  }
}
