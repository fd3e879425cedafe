import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import { createMainServices, type MainServices } from '../../electron/services/mainServices';
import type { NoteDoc } from '../../shared/model/note';
import { recordingPlatform } from '../unit/support/platform';
import type { Dataset } from './dataset';
import { copyDataset, folderBytes } from './folders';
import { median, quantile, round } from './stats';

/** Words the generated prose uses (tests/bench/prose.ts), misspelled and quoted as users type them. */
const QUERIES = ['deploy', 'deploi', 'pipeline', 'rollback', 'flag', 'latency', '"feature flag"', 'retro', 'test', 'k'];

const open = (dir: string): MainServices =>
  createMainServices({
    dataDir: dir,
    factory: confStoreFactory,
    platform: recordingPlatform({ saveDir: path.join(os.tmpdir(), 'aux-desk-bench-exports') }),
    writeDelayMs: 60_000,
    log: () => undefined,
  });

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  return [run(), performance.now() - t0];
}

/** Builds the index from nothing, watching how long the event loop is ever held while it does. */
async function build(services: MainServices) {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const t0 = performance.now();
  await services.search.start();
  const buildMs = performance.now() - t0;
  loop.disable();
  return {
    buildMs: round(buildMs, 0),
    loopDelayMaxMs: round(loop.max / 1e6, 1),
    loopDelayP99Ms: round(loop.percentile(99) / 1e6, 1),
  };
}

/** Query latency in the main process (the search:query handler), every query `runs` times. */
async function queries(services: MainServices, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const query of QUERIES) {
      const t0 = performance.now();
      const answer = await services.dispatch('search:query', { query, filters: {}, limit: 50 });
      if (!answer.ok) throw new Error(answer.error.message);
      const ms = performance.now() - t0;
      times.push(ms);
    }
  }
  return { n: times.length, p50: round(quantile(times, 0.5), 2), p95: round(quantile(times, 0.95), 2) };
}

/** A note saved in the big engagement, then the re-index of that engagement alone. */
async function incremental(services: MainServices, dataset: Dataset, runs: number) {
  const times: number[] = [];
  const doc = services.retros.section(dataset.bigEngagementId).retros.find((r) => r.id === dataset.bigRetroId)
    ?.notes.notes;
  if (!doc) throw new Error('The big retro is missing');
  for (let i = 0; i < runs + 1; i++) {
    const edited: NoteDoc = {
      ...doc,
      content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Canary ${i}` }] }],
    };
    services.retros.saveNote(dataset.bigEngagementId, dataset.bigRetroId, 'notes', edited);
    const t0 = performance.now();
    await services.search.flush();
    if (i > 0) times.push(performance.now() - t0);
  }
  return { medianMs: round(median(times), 1), p95Ms: round(quantile(times, 0.95), 1) };
}

/** Start-up of the services (what the window waits for) with the index's files on disk and without. */
function startup(dir: string, runs: number) {
  const withIndex: number[] = [];
  const withoutIndex: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    for (const [list, keep] of [
      [withIndex, true],
      [withoutIndex, false],
    ] as const) {
      const saved = path.join(dir, 'search');
      const aside = `${saved}-aside`;
      if (!keep) fs.renameSync(saved, aside);
      const [services, ms] = timed(() => open(dir));
      void services.mail.outbox.stop();
      if (!keep) fs.renameSync(aside, saved);
      if (i > 0) list.push(ms);
    }
  }
  const a = median(withIndex);
  const b = median(withoutIndex);
  return { withIndexMs: round(a), withoutIndexMs: round(b), ratio: round(a / b, 2) };
}

/** Issue 17's search figures, over the bench's history through the real services. */
export async function measureSearch(dataset: Dataset, work: string, runs: number) {
  const dir = path.join(work, 'search');
  copyDataset(dataset.dir, dir);
  const services = open(dir);
  const heap0 = process.memoryUsage().heapUsed;
  const built = await build(services);
  const heapBytes = process.memoryUsage().heapUsed - heap0;
  const result = {
    engagements: dataset.engagementIds.length,
    ...built,
    query: await queries(services, runs * 4),
    incremental: await incremental(services, dataset, runs * 2),
    diskBytes: folderBytes(path.join(dir, 'search')),
    heapBytes,
    startup: startup(dir, runs),
  };
  await services.mail.outbox.stop();
  return result;
}
