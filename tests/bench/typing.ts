import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { build } from 'vite';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import type { StoreFactory } from '../../electron/services/storeFiles';
import type { ChromiumHost } from '../e2e/hosts/chromiumHost';
import { installKeyProbe, readKeyProbe, typingText } from './pageProbes';
import { quantile, round, TINY_RUN } from './stats';
import { serveRenderer } from '../e2e/hosts/staticServer';

/** The typing benchmarks (figures 2 and 3) of app.bench.ts: a burst of typing, and the app against bare tiptap. */

const KEYSTROKES = TINY_RUN ? 40 : 320;
/** The typing comparison alternates app and bare page this many times. */
const TYPING_ROUNDS = 4;

/** Records every whole-file write of the "main process" and every retros:saveNote call, with their times. */
export interface WriteRecorder {
  factory: StoreFactory;
  onInvoke: (channel: string) => void;
  writes: { at: number; file: string }[];
  saves: number[];
}

export function writeRecorder(): WriteRecorder {
  const writes: { at: number; file: string }[] = [];
  const saves: number[] = [];
  const factory: StoreFactory = (cwd, name) => {
    const store = confStoreFactory(cwd, name);
    return {
      ...store,
      write: (doc) => {
        store.write(doc);
        writes.push({ at: performance.now(), file: path.basename(store.path) });
      },
    };
  };
  const onInvoke = (channel: string) => {
    if (channel === 'retros:saveNote') saves.push(performance.now());
  };
  return { factory, onInvoke, writes, saves };
}

/** 3. Ten seconds (two in the tiny run) of continuous typing at the end of `notes`: how many saves and file writes. */
export async function typeBurst(page: Page, notes: Locator, recorder: WriteRecorder) {
  const { saves, writes } = recorder;
  await notes.click();
  await page.keyboard.press('Control+End');
  await installKeyProbe(page);
  saves.length = 0;
  writes.length = 0;
  const t0 = performance.now();
  const burst = TINY_RUN ? 2_000 : 10_000;
  let typed = 0;
  while (performance.now() - t0 < burst) {
    await page.keyboard.type(typingText(20), { delay: 40 });
    typed += 20;
  }
  const typingMs = performance.now() - t0;
  const burstSaves = saves.map((t) => t - t0);
  const savesDuring = burstSaves.length;
  const writesDuring = writes.filter((w) => w.file !== 'engagements-index.json').length;
  await readKeyProbe(page);
  return { typingMs, typed, burstSaves, savesDuring, writesDuring };
}

/** The autosaveTyping part: what typeBurst saw. */
export function autosavePart({
  typingMs,
  typed,
  burstSaves,
  savesDuring,
  writesDuring,
}: Awaited<ReturnType<typeof typeBurst>>) {
  const gaps = burstSaves.slice(1).map((t, i) => t - (burstSaves[i] ?? t));
  return {
    typingMs: round(typingMs, 0),
    charsTyped: typed,
    saveNoteCalls: savesDuring,
    engagementFileWrites: writesDuring,
    perSecond: round((writesDuring / typingMs) * 1000, 2),
    minGapBetweenSavesMs: round(Math.min(...gaps), 0),
    saveTimesMs: burstSaves.map((t) => round(t, 0)),
  };
}

interface Typed {
  latencies: number[];
  slowEvents: number[];
}

/**
 * 2. Typing latency: KEYSTROKES keystrokes at the end of the 10,000-word note, side by
 * side with the same document in a bare @tiptap/react + StarterKit page (same browser),
 * in interleaved rounds so that a change in the machine's load weighs on both alike.
 */
export async function compareTyping(host: ChromiumHost, page: Page, bigDoc: unknown, workDir: string) {
  const barePage = await openBarePage(host, bigDoc, workDir);
  const app: Typed = { latencies: [], slowEvents: [] };
  const bare: Typed = { latencies: [], slowEvents: [] };
  try {
    for (let round = 0; round < TYPING_ROUNDS; round++) {
      for (const [target, into] of [
        [page, app],
        [barePage.page, bare],
      ] as const) {
        await target.keyboard.type(typingText(KEYSTROKES / TYPING_ROUNDS), { delay: 25 });
        const probe = await readKeyProbe(target);
        into.latencies.push(...probe.latencies);
        into.slowEvents.push(...probe.slowEvents);
      }
    }
  } finally {
    await barePage.close();
  }
  return { app, bare };
}

/** The typing part: the app's latencies against the bare page's. */
export function typingPart(words: number, { app, bare }: { app: Typed; bare: Typed }) {
  return {
    words,
    keystrokes: app.latencies.length,
    app: summary(app.latencies),
    appSlowEvents: app.slowEvents.length,
    bare: summary(bare.latencies),
    bareSlowEvents: bare.slowEvents.length,
    ratioP50: round(quantile(app.latencies, 0.5) / quantile(bare.latencies, 0.5), 2),
    ratioP95: round(quantile(app.latencies, 0.95) / quantile(bare.latencies, 0.95), 2),
  };
}

function summary(values: number[]): { p50: number; p95: number; max: number; n: number } {
  return {
    p50: round(quantile(values, 0.5)),
    p95: round(quantile(values, 0.95)),
    max: round(Math.max(...values)),
    n: values.length,
  };
}

/** The comparison page: @tiptap/react + StarterKit alone, with `doc`, warmed up like the app, ready to type at its end. */
async function openBarePage(
  host: ChromiumHost,
  doc: unknown,
  workDir: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const outDir = path.join(workDir, 'bare');
  await build({
    root: path.resolve('tests/bench/bare'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, minify: true },
  });
  const server = await serveRenderer(outDir);
  const context = await host
    .page()
    .context()
    .browser()
    ?.newContext({ viewport: { width: 1200, height: 800 } });
  if (!context) throw new Error('No browser for the bare page');
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    await context.addInitScript((d) => {
      (window as unknown as { __benchDoc: unknown }).__benchDoc = d;
    }, doc);
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    const editor = page.getByRole('textbox', { name: 'Notes' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await installKeyProbe(page);
    // The same warm-up as the app had (10 s of typing would only add JIT warmth; 200 keys are plenty).
    await page.keyboard.type(typingText(200), { delay: 40 });
    await readKeyProbe(page);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
