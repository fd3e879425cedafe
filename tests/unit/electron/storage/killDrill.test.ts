import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileName, removeLeftoverTempFiles } from '../../../../electron/storage/tempFiles';
import { DRILL_FILES, drillDoc, mulberry32, type DrillDoc } from './drillFiles';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
/** The child and everything it imports, transpiled as they are (no bundling, no stubs). */
const SOURCES = [
  'electron/services/writeQueue.ts',
  'electron/services/privateFiles.ts',
  'electron/storage/atomicWrite.ts',
  'electron/storage/canonicalJson.ts',
  'electron/storage/fileSystem.ts',
  'electron/storage/fileWriter.ts',
  'electron/storage/writerFileState.ts',
  'electron/storage/tempFiles.ts',
  'tests/unit/electron/storage/drillFiles.ts',
  'tests/unit/support/prng.ts',
  'tests/unit/electron/storage/saveLoop.ts',
];
const LANES = 2;
const KILLS_PER_LANE = 26;
/** What may be lost: the app's own delays are 200 ms quiet, 400 ms at most; the issue allows 1 s. */
const LOSS_BUDGET_MS = 1000;

let built = '';

function transpile(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aux-desk-drill-build-'));
  for (const source of SOURCES) {
    const { outputText } = ts.transpileModule(fs.readFileSync(path.join(ROOT, source), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = path.join(out, source.replace(/\.ts$/, '.mjs'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText.replace(/from '(\.\.?\/[^']+)'/g, "from '$1.mjs'"));
  }
  return out;
}

interface Ack {
  file: string;
  seq: number;
  at: number;
}

interface Trial {
  acks: Ack[];
  killedAt: number;
  tempFilesFound: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the child over `dir`, kills it with SIGKILL `afterMs` after it is ready. */
async function killOnce(dir: string, seed: number, afterMs: number): Promise<Trial> {
  const child = spawn(
    process.execPath,
    [path.join(built, 'tests/unit/electron/storage/saveLoop.mjs'), dir, `${seed}`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const acks: Ack[] = [];
  let buffered = '';
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        const [kind, file = '', seq = '0', at = '0'] = line.split(' ');
        if (kind === 'ack') acks.push({ file, seq: Number(seq), at: Number(at) });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) =>
      reject(new Error(`The save loop exited (${String(code)}) before it was ready: ${stderr}`)),
    );
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await ready;
  await sleep(afterMs);
  const killedAt = Date.now();
  child.kill('SIGKILL');
  await exited;
  expect(stderr).toBe('');
  const tempFilesFound = fs.readdirSync(dir).filter(isTempFileName).length;
  return { acks, killedAt, tempFilesFound };
}

function readDoc(dir: string, file: string): DrillDoc | null {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return null;
  return JSON.parse(fs.readFileSync(full, 'utf8')) as DrillDoc;
}

describe('kill -9 at random moments while saving', () => {
  beforeAll(() => {
    built = transpile();
  });
  afterAll(() => {
    fs.rmSync(built, { recursive: true, force: true });
  });

  it(`leaves every file whole (old or new), loses no save older than ${LOSS_BUDGET_MS} ms, and leaves no temp file after the next start`, async () => {
    const results = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aux-desk-drill-'));
        const random = mulberry32(20261202 + lane);
        const lost: number[] = [];
        let tempFilesFound = 0;
        try {
          for (let k = 0; k < KILLS_PER_LANE; k++) {
            const before = new Map(Object.keys(DRILL_FILES).map((f) => [f, readDoc(dir, f)?.seq ?? 0]));
            const trial = await killOnce(dir, 1000 * lane + k, 30 + random() * 770);
            tempFilesFound += trial.tempFilesFound;
            // The next start's cleanup: no temp file survives it.
            removeLeftoverTempFiles(dir);
            expect(fs.readdirSync(dir).filter(isTempFileName)).toEqual([]);
            for (const file of Object.keys(DRILL_FILES)) {
              const acked = trial.acks.filter((a) => a.file === file);
              const doc = readDoc(dir, file);
              const seq = doc?.seq ?? 0;
              // Whole: it parses and is exactly one save's content — the old one or an acknowledged one.
              if (doc) expect(doc).toEqual(drillDoc(file, seq));
              expect([before.get(file), ...acked.map((a) => a.seq)]).toContain(seq);
              // Durable: whatever was acknowledged and is not on disk was acknowledged only just before the kill.
              const missing = acked.filter((a) => a.seq > seq);
              if (missing[0]) lost.push(trial.killedAt - missing[0].at);
            }
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
        return { lost, tempFilesFound };
      }),
    );
    const worstLoss = Math.max(0, ...results.flatMap((r) => r.lost));
    expect(worstLoss).toBeLessThan(LOSS_BUDGET_MS);
    if (process.env['AUX_DESK_DRILL_REPORT']) {
      const lost = results.flatMap((r) => r.lost).sort((a, b) => a - b);
      const temps = results.reduce((sum, r) => sum + r.tempFilesFound, 0);
      process.stderr.write(
        `drill: ${LANES * KILLS_PER_LANE} kills, worst loss ${worstLoss.toFixed(0)} ms, median ${(lost[Math.floor(lost.length / 2)] ?? 0).toFixed(0)} ms, temp files left by kills ${temps}\n`,
      );
    }
  }, 60_000);
});
