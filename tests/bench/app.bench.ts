import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type CDPSession, type Page } from '@playwright/test';
import { formatDisplayDate } from '../../shared/dates';
import { EngagementFileSchema } from '../../shared/model/files';
import { chromiumAvailability } from '../e2e/hosts/availability';
import { ChromiumHost } from '../e2e/hosts/chromiumHost';
import type { HostName } from '../e2e/hosts/types';
import { FIVE_YEARS, generateDataset, TINY, type Dataset } from './dataset';
import { copyDataset } from './folders';
import { measureMainProcess, measureSaveCost } from './mainProcess';
import { measureSearch } from './searchBench';
import { measureWatchCost } from './watchCost';
import { allScripts } from './scripts';
import { homeInteractiveMs, loadedScripts, openEngagementNamed, scrollFrames } from './pageProbes';
import { median, quantile, round, RUNS, savePart, TINY_RUN } from './stats';
import { autosavePart, compareTyping, typeBurst, typingPart, writeRecorder } from './typing';

/**
 * The app's benchmarks (issue 8), in the Chromium host: the built renderer served on
 * loopback, window.api bridged to the real main-process services over real files. Each
 * test saves its figures; tests/bench/report.ts prints and writes the table.
 */
const RENDERER = path.resolve('out/renderer');
const WORK = path.resolve('test-results/bench/work');

test.describe.configure({ mode: 'serial' });
let dataset: Dataset;
let chromiumPath = '';

// eslint-disable-next-line no-empty-pattern -- Playwright asks for a destructuring pattern even with no fixtures.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  const host = (testInfo.project.use as { host?: HostName }).host;
  const available = chromiumAvailability();
  test.skip(host !== 'chromium' || !available.ok, 'The benchmarks run in the Chromium host');
  if (!available.ok) return;
  chromiumPath = available.executablePath;
  const t0 = performance.now();
  dataset = await generateDataset(path.join(WORK, 'dataset'), TINY_RUN ? TINY : FIVE_YEARS);
  savePart('dataset', { ...dataset, spec: TINY_RUN ? TINY : FIVE_YEARS, generateMs: round(performance.now() - t0, 0) });
});

async function launch(dir: string, options: Parameters<typeof ChromiumHost.launch>[3] = {}): Promise<ChromiumHost> {
  return ChromiumHost.launch(chromiumPath, dir, RENDERER, { writeDelayMs: 300, ...options });
}

test('dataset: every engagement file is valid', () => {
  for (const id of dataset.engagementIds) {
    const file: unknown = JSON.parse(fs.readFileSync(path.join(dataset.dir, 'engagements', `${id}.json`), 'utf8'));
    expect(EngagementFileSchema.safeParse(file).success).toBe(true);
  }
});

test('1. start-up: navigation start to the home screen (This week), empty folder vs 5-year folder', async () => {
  test.setTimeout(300_000);
  const result: Record<string, number[]> = { empty: [], fiveYear: [] };
  for (const [name, source] of [
    ['empty', null],
    ['fiveYear', dataset.dir],
  ] as const) {
    const dir = path.join(WORK, `startup-${name}`);
    if (source) copyDataset(source, dir);
    else fs.rmSync(dir, { recursive: true, force: true });
    const host = await launch(dir);
    try {
      // The first start takes the day's snapshot and warms the disk cache: not counted.
      await homeInteractiveMs(host.page());
      // Start-up is the noisiest figure on a shared machine: more runs than the others.
      for (let i = 0; i < RUNS * 2 - 1; i++) {
        const page = await host.restart();
        result[name]?.push(await homeInteractiveMs(page));
      }
    } finally {
      await host.close();
    }
  }
  const empty = median(result['empty'] ?? []);
  const fiveYear = median(result['fiveYear'] ?? []);
  savePart('startup', {
    runs: result,
    emptyMs: round(empty),
    fiveYearMs: round(fiveYear),
    ratio: round(fiveYear / empty, 2),
  });
});

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return round(usage.usedSize / 1_048_576, 1);
}

async function openBigRetro(page: Page): Promise<void> {
  await openEngagementNamed(page, 'Payments MVP');
  await page.getByRole('button', { name: 'Retros', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^Retro of ${formatDisplayDate(dataset.bigRetroDate)}`) }).click();
  const edit = page.getByRole('button', { name: 'Edit anyway' });
  await edit.waitFor();
  await edit.click();
}

test('2, 3, 5, 6. a 10,000-word retro: typing latency, autosave writes, bundle, memory', async () => {
  test.setTimeout(300_000);
  const dir = path.join(WORK, 'typing');
  copyDataset(dataset.dir, dir);
  const recorder = writeRecorder();
  const host = await launch(dir, { factory: recorder.factory, onInvoke: recorder.onInvoke });
  try {
    // A second start, so the day's snapshot is not part of what is measured.
    const page = await host.restart();
    await homeInteractiveMs(page);
    const cdp = await page.context().newCDPSession(page);
    const atHome = await loadedScripts(page, RENDERER);
    const heapHome = await heapMb(cdp);

    await openBigRetro(page);
    const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
    await expect(notes).toBeVisible();
    const heapRetro = await heapMb(cdp);
    const words = await notes.evaluate((el) => el.textContent.split(/\s+/).filter(Boolean).length);

    const burst = await typeBurst(page, notes, recorder);
    const doc: unknown = JSON.parse(
      fs.readFileSync(path.join(dataset.dir, 'engagements', `${dataset.bigEngagementId}.json`), 'utf8'),
    );
    const bigDoc = EngagementFileSchema.parse(doc).retro.retros.find((r) => r.id === dataset.bigRetroId)?.notes.notes;
    const typed = await compareTyping(host, page, bigDoc, WORK);
    await page.waitForTimeout(800);

    // 5 and 6. The timeline, after the retro: what has loaded by then, and the heap.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(page.locator('.tl-item').first()).toBeVisible();
    const heapTimeline = await heapMb(cdp);
    const afterAll = await loadedScripts(page, RENDERER);

    savePart('typing', typingPart(words, typed));
    savePart('autosaveTyping', autosavePart(burst));
    savePart('bundle', { atHome, afterRetroAndTimeline: afterAll, total: allScripts(RENDERER) });
    savePart('memory', { homeMb: heapHome, retroMb: heapRetro, timelineMb: heapTimeline });
  } finally {
    await host.close();
  }
});

test('4. timeline: open with ~1,000 items, frame times while scrolling', async () => {
  test.setTimeout(300_000);
  const dir = path.join(WORK, 'timeline');
  copyDataset(dataset.dir, dir);
  const host = await launch(dir);
  try {
    const page = await host.restart();
    await homeInteractiveMs(page);
    await openEngagementNamed(page, 'Payments MVP');
    const openMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('button', { name: 'Overview', exact: true }).click();
      await expect(page.locator('.tl-item')).toHaveCount(0);
      const start = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      const shown = await page.waitForFunction(
        () => (document.querySelector('.tl-item') ? performance.now() : false),
        undefined,
        { polling: 'raf' },
      );
      openMs.push(((await shown.jsonValue()) as number) - start);
    }
    const items = await page.evaluate(() => document.querySelectorAll('.tl-item').length);
    const total = await page.locator('[aria-live="polite"]').first().textContent();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const intervals: number[] = [];
    const work: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const run = await scrollFrames(page, 120);
      intervals.push(...run.intervals);
      work.push(...run.work);
    }
    savePart('timeline', {
      items: await timelineItemCount(dir),
      renderedAtOpen: items,
      zoomLabel: total,
      openMs: { runs: openMs.map((v) => round(v)), median: round(median(openMs)) },
      scrollFrames: {
        n: work.length,
        p50: round(quantile(work, 0.5)),
        p95: round(quantile(work, 0.95)),
        max: round(Math.max(...work)),
        intervalP95: round(quantile(intervals, 0.95)),
        dropped: intervals.filter((v) => v > 1.5 * (1000 / 60)).length,
      },
    });
  } finally {
    await host.close();
  }
});

/** The number of items the timeline shows for the big engagement, from the same pure code as the page. */
async function timelineItemCount(dir: string): Promise<number> {
  const { buildTimeline } = await import('../../shared/project/timeline');
  const file = EngagementFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(dir, 'engagements', `${dataset.bigEngagementId}.json`), 'utf8')),
  );
  return buildTimeline({
    engagement: file.engagement,
    goals: file.retro.goals,
    retros: file.retro.retros,
    project: file.project,
  }).items.length;
}

test('3 and 7. main process in Node: autosave cost with 1 vs 20 engagements; loading the index and one engagement', async () => {
  test.setTimeout(300_000);
  savePart('saveCost', await measureSaveCost(dataset, WORK, RUNS * 2));
  savePart('mainProcess', await measureMainProcess(dataset, WORK, RUNS));
});

test('3. main process in Node: main-thread time per autosave with the folder watch on vs off', async () => {
  test.setTimeout(300_000);
  savePart('watchCost', await measureWatchCost(dataset, WORK, RUNS * 2));
});

test('8. search (issue 17) in the main process: build from nothing, query latency, re-index after a save, size, start-up with the index', async () => {
  test.setTimeout(300_000);
  savePart('search', await measureSearch(dataset, WORK, RUNS));
});
