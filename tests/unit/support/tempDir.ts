import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Run before any test's temp folder is removed: services opened in the test finish what
 * they were writing first (record files are written asynchronously), so that no write
 * lands in, or fails on, a folder being removed.
 */
const beforeRemoval = new Set<() => Promise<void>>();

/** Adds `settle` to what runs before the test's temp folders are removed; returns how to take it off. */
export function settleBeforeRemoval(settle: () => Promise<void>): () => void {
  beforeRemoval.add(settle);
  return () => beforeRemoval.delete(settle);
}

/**
 * A fresh, empty folder under the OS temp dir for every test, removed afterwards.
 * Call at describe level; call the returned function inside a test to get the folder.
 */
export function useTempDir(prefix = 'aux-desk-unit-'): () => string {
  let dir: string | null = null;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    const settling = [...beforeRemoval];
    beforeRemoval.clear();
    await Promise.allSettled(settling.map((settle) => settle()));
    if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => {
    if (dir === null) throw new Error('The temp folder only exists while a test runs.');
    return dir;
  };
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
