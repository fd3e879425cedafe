import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumAvailability } from '../e2e/hosts/availability';
import { adder, kb, ms, type Probe, type Row } from './reportRows';
import { saveCostRows } from './saveCostRows';
import { watchCostRows } from './watchCostRows';
import { teamDrillRows, teamRows } from './teamRows';
import { PARTS_DIR, TINY_RUN } from './stats';

export type { Row };

type Json = Record<string, unknown>;

/** Reads a number at a dotted path of a part ("typing", "app.p95"). */
function num(parts: Record<string, Json>, part: string, key: string): number {
  let value: unknown = parts[part];
  for (const k of key.split('.')) value = value && typeof value === 'object' ? (value as Json)[k] : undefined;
  return typeof value === 'number' ? value : Number.NaN;
}

/** 1. Start-up with the 5-year folder against an empty one. */
function startupRows(p: Probe, parts: Record<string, Json>): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  const runs = (parts['startup'] as { runs?: { empty?: number[]; fiveYear?: number[] } }).runs;
  const best = (values: number[] | undefined) =>
    values && values.length > 0 ? `${Math.round(Math.min(...values))} ms` : '—';
  add(
    '1. Start-up, 5-year folder (nav start → This week interactive)',
    ms(p('startup', 'fiveYearMs')),
    `empty folder ${ms(p('startup', 'emptyMs'))}; ratio ${p('startup', 'ratio')} (best runs: ${best(runs?.fiveYear)} vs ${best(runs?.empty)})`,
    'ratio ≤ 1.2',
    p('startup', 'ratio') <= 1.2,
  );
  return out;
}

/** 2. Typing latency in the big note against bare tiptap. */
function typingRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `2. Typing latency p50, ${p('typing', 'words')}-word note (keydown → next frame, ${p('typing', 'keystrokes')} keys)`,
    ms(p('typing', 'app.p50')),
    `bare tiptap ${ms(p('typing', 'bare.p50'))}; ratio ${p('typing', 'ratioP50')}`,
    'ratio ≤ 1.2',
    p('typing', 'ratioP50') <= 1.2,
  );
  add(
    '2. Typing latency p95',
    ms(p('typing', 'app.p95')),
    `bare tiptap ${ms(p('typing', 'bare.p95'))}; ratio ${p('typing', 'ratioP95')}`,
    'ratio ≤ 1.2 and < 16.7 ms',
    p('typing', 'ratioP95') <= 1.2 && p('typing', 'app.p95') < 16.7,
  );
  add(
    '2. Keydowns ≥ 16 ms (Event Timing)',
    String(p('typing', 'appSlowEvents')),
    `bare tiptap ${p('typing', 'bareSlowEvents')}`,
    '—',
    null,
  );
  return out;
}

/** 3. File writes while typing without a pause. */
function autosaveTypingRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  const seconds = p('autosaveTyping', 'typingMs') / 1000;
  add(
    `3. File writes during ${seconds.toFixed(1)} s of continuous typing`,
    String(p('autosaveTyping', 'engagementFileWrites')),
    `${p('autosaveTyping', 'saveNoteCalls')} saveNote calls; shortest gap ${ms(p('autosaveTyping', 'minGapBetweenSavesMs'))}`,
    `≤ 1 per 500 ms (≤ ${Math.ceil(seconds * 2)})`,
    p('autosaveTyping', 'engagementFileWrites') <= Math.ceil(seconds * 2),
  );
  return out;
}

/** 4. The timeline of the big engagement: opening and scrolling. */
function timelineRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `4. Timeline open, ${p('timeline', 'items')} items (click → first item shown)`,
    ms(p('timeline', 'openMs.median')),
    '—',
    '—',
    null,
  );
  add(
    '4. Timeline scroll: main-thread work per frame, p95',
    ms(p('timeline', 'scrollFrames.p95')),
    `p50 ${ms(p('timeline', 'scrollFrames.p50'))}, max ${ms(p('timeline', 'scrollFrames.max'))}; frame interval p95 ${ms(p('timeline', 'scrollFrames.intervalP95'))}, ${p('timeline', 'scrollFrames.dropped')} of ${p('timeline', 'scrollFrames.n')} frames dropped`,
    '< 16.7 ms',
    p('timeline', 'scrollFrames.p95') < 16.7,
  );
  return out;
}

/** 5. JavaScript loaded at start and after opening the heavy screens. */
function bundleRows(p: Probe, parts: Record<string, Json>): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  const heavyAtStart = (parts['bundle'] as { atHome?: { heavy?: string[] } }).atHome?.heavy ?? ['(not measured)'];
  add(
    '5. JS loaded before This week is interactive (raw / gzip)',
    `${kb(p('bundle', 'atHome.raw'))} / ${kb(p('bundle', 'atHome.gzip'))}`,
    `all JS: ${kb(p('bundle', 'total.raw'))} / ${kb(p('bundle', 'total.gzip'))} in ${p('bundle', 'total.files')} files`,
    'editor and timeline not loaded at start',
    heavyAtStart.length === 0,
  );
  add(
    '5. JS loaded after opening a retro and the timeline (raw / gzip)',
    `${kb(p('bundle', 'afterRetroAndTimeline.raw'))} / ${kb(p('bundle', 'afterRetroAndTimeline.gzip'))}`,
    '—',
    '—',
    null,
  );
  return out;
}

/** 6. Renderer heap on three screens. */
function memoryRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    '6. Renderer JS heap: list / 10,000-word retro / timeline',
    `${p('memory', 'homeMb')} / ${p('memory', 'retroMb')} / ${p('memory', 'timelineMb')} MB`,
    '—',
    '—',
    null,
  );
  return out;
}

/** 7. The main process in Node: loading the index, one engagement, This week. */
function mainProcessRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  add(
    `7. Main: load the index (reconciled with ${p('mainProcess', 'engagements')} engagement files)`,
    ms(p('mainProcess', 'loadIndexMs')),
    `folder ${p('mainProcess', 'folderMb')} MB`,
    '—',
    null,
  );
  add(
    `7. Main: open one engagement from disk (the biggest, ${p('mainProcess', 'bigEngagementKb')} KB: read, parse, validate)`,
    ms(p('mainProcess', 'oneEngagementMs')),
    `whole createMainServices ${ms(p('mainProcess', 'createMainServicesMs'))}`,
    '—',
    null,
  );
  add(
    '7. Main: This week across all engagements, first call after start (the start view’s data)',
    ms(p('mainProcess', 'thisWeekMs')),
    `${p('mainProcess', 'engagements')} engagements`,
    '—',
    null,
  );
  return out;
}

/** The rows of each part, in the order of the table; a part not measured has no rows. */
/** 8. Search: the index built in the background, queries, re-index after a save, its size, start-up. */
function searchRows(p: Probe): Row[] {
  const out: Row[] = [];
  const add = adder(out);
  const n = p('search', 'engagements');
  add(
    `8. Search index build from nothing, ${n} engagements (background)`,
    ms(p('search', 'buildMs')),
    `event loop held at most ${ms(p('search', 'loopDelayMaxMs'))} (p99 ${ms(p('search', 'loopDelayP99Ms'))})`,
    '≤ 10 s',
    p('search', 'buildMs') <= 10_000,
  );
  add(
    '8. Search query latency p95 (search:query handler, main process)',
    ms(p('search', 'query.p95')),
    `p50 ${ms(p('search', 'query.p50'))} over ${p('search', 'query.n')} queries`,
    '≤ 50 ms',
    p('search', 'query.p95') <= 50,
  );
  add(
    '8. Search re-index after a note save (off the typing path)',
    ms(p('search', 'incremental.medianMs')),
    `p95 ${ms(p('search', 'incremental.p95Ms'))}`,
    '≤ 20 ms',
    p('search', 'incremental.medianMs') <= 20,
  );
  add(
    '8. Search index size',
    `${kb(p('search', 'diskBytes'))} on disk`,
    `heap +${kb(p('search', 'heapBytes'))}`,
    '—',
    null,
  );
  add(
    '8. Start-up of the services with the index on disk',
    ms(p('search', 'startup.withIndexMs')),
    `without ${ms(p('search', 'startup.withoutIndexMs'))}; ratio ${p('search', 'startup.ratio')}`,
    'ratio ≤ 1.05',
    p('search', 'startup.ratio') <= 1.05,
  );
  return out;
}

const PART_ROWS: [part: string, rows: (p: Probe, parts: Record<string, Json>) => Row[]][] = [
  ['startup', startupRows],
  ['typing', typingRows],
  ['saveCost', saveCostRows],
  ['watchCost', watchCostRows],
  ['autosaveTyping', autosaveTypingRows],
  ['timeline', timelineRows],
  ['bundle', bundleRows],
  ['memory', memoryRows],
  ['mainProcess', mainProcessRows],
  ['search', searchRows],
  ['team', teamRows],
  ['teamDrill', teamDrillRows],
];

export function rows(parts: Record<string, Json>): Row[] {
  const p: Probe = (part, key) => num(parts, part, key);
  return PART_ROWS.flatMap(([part, figures]) => (parts[part] ? figures(p, parts) : []));
}

function machine(): Json {
  const chromium = chromiumAvailability();
  let browser = 'unknown';
  if (chromium.ok) {
    try {
      browser = execFileSync(chromium.executablePath, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      browser = chromium.executablePath;
    }
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1_073_741_824),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    browser,
    date: new Date().toISOString(),
    tiny: TINY_RUN,
    loadAverage: os
      .loadavg()
      .map((l) => Math.round(l * 10) / 10)
      .join(' / '),
  };
}

function table(list: Row[]): string {
  const lines = ['| Figure | Value | Compared with | Goal | Met |', '|---|---|---|---|---|'];
  for (const r of list)
    lines.push(
      `| ${r.figure} | ${r.value} | ${r.comparison} | ${r.goal} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`,
    );
  return lines.join('\n');
}

/** Playwright's global teardown for the bench: gathers the parts, prints the table, writes bench/results.{md,json}. */
export default function report(): void {
  if (!fs.existsSync(PARTS_DIR)) return;
  const parts: Record<string, Json> = {};
  for (const file of fs.readdirSync(PARTS_DIR).filter((f) => f.endsWith('.json'))) {
    parts[path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(PARTS_DIR, file), 'utf8')) as Json;
  }
  if (Object.keys(parts).length === 0) return;
  const info = machine();
  const list = rows(parts);
  const dataset = parts['dataset'] ?? {};
  const describe = `${String(dataset['engagementIds'] && Array.isArray(dataset['engagementIds']) ? dataset['engagementIds'].length : '?')} engagements, ${String(dataset['words'])} words of notes, ${String(dataset['milestones'])} milestones and ${String(dataset['actionItems'])} action items, ${((Number(dataset['bytes']) || 0) / 1_048_576).toFixed(1)} MB on disk (generated in ${String(dataset['generateMs'])} ms)`;
  const md = [
    '# Aux Desk benchmarks',
    '',
    `Generated by \`npm run bench\` on ${String(info['date'])}${TINY_RUN ? ' (BENCH_TINY smoke run: tiny data set, not the real figures)' : ''}.`,
    `Machine: ${String(info['cpu'])} × ${String(info['cores'])}, ${String(info['memoryGb'])} GB, ${String(info['os'])}; Node ${String(info['node'])}; ${String(info['browser'])} (headless, --disable-gpu), Chromium host of the e2e suite. Load average at the end (1 / 5 / 15 min): ${String(info['loadAverage'])} — other work shared the machine, so absolute times are noisy; the side-by-side figures were measured in the same run.`,
    `Data: ${describe}. Medians of several runs unless a percentile is given.`,
    '',
    table(list),
    '',
    'Raw figures: [results.json](results.json). How they are measured and what changed them: [NOTES.md](NOTES.md).',
    '',
  ].join('\n');
  const outDir = path.resolve(TINY_RUN ? 'test-results/bench' : 'bench');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.md'), md);
  fs.writeFileSync(
    path.join(outDir, 'results.json'),
    `${JSON.stringify({ machine: info, rows: list, parts }, null, 2)}\n`,
  );
  console.log(`\n${md}\nWritten to ${path.relative(process.cwd(), path.join(outDir, 'results.md'))}`);
}
