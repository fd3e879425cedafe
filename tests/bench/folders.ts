import fs from 'node:fs';
import path from 'node:path';

/** Data folders of the benchmark: their size and fresh copies of them. */

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else total += fs.statSync(full).size;
  }
  return total;
}

/** A copy of a folder (the snapshot folder left out), so each measurement starts from the same files. */
export function copyDataset(from: string, to: string, onlyEngagements?: readonly string[]): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      if (rel.startsWith('snapshots')) return false;
      if (onlyEngagements && rel.startsWith('engagements') && rel.endsWith('.json')) {
        return onlyEngagements.some((id) => rel.endsWith(`${id}.json`));
      }
      return true;
    },
  });
}
