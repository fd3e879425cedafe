import fs from 'node:fs';
import path from 'node:path';

export const PARTS_DIR = path.resolve('test-results/bench/parts');

/** The value at quantile `q` (0–1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** One benchmark's figures, saved for the report (tests/bench/report.ts) to gather. */
export function savePart(name: string, data: unknown): void {
  fs.mkdirSync(PARTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(PARTS_DIR, `${name}.json`), JSON.stringify(data, null, 2));
}

/** How many times each figure is measured (the median is reported); BENCH_TINY=1 is a smoke run. */
export const TINY_RUN = process.env['BENCH_TINY'] === '1';
export const RUNS = TINY_RUN ? 1 : 5;
