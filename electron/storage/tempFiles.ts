import fs from 'node:fs';
import path from 'node:path';

/**
 * Temp files are `<target>.tmp-<suffix>` in the target's own folder (a rename across
 * folders may cross file systems and stop being atomic). `conf`'s `atomically` used the
 * same `.tmp-` infix (`name.json.tmp-<10 digits><6 hex>`), so one rule finds both
 * the writer's leftovers and those of earlier versions.
 */
const TEMP_RE = /\.tmp-[A-Za-z0-9-]+$/;

export function isTempFileName(name: string): boolean {
  return TEMP_RE.test(name);
}

let sequence = 0;

/** A fresh temp path beside `target`: the pid tells two processes apart, the counter two writes. */
export function tempPathFor(target: string): string {
  sequence += 1;
  return `${target}.tmp-aux${process.pid}-${sequence}`;
}

/** Folders whose contents are records of the past, left as they are. */
const LEAVE_ALONE = new Set(['snapshots', 'quarantine']);

/**
 * Removes temp files that killed writes left behind, anywhere in the data folder but
 * snapshots/ and quarantine/. Runs once at start, before anything is written, so no temp
 * file can belong to a write in flight (one instance only: main.ts holds the lock).
 * Only regular files are removed and no link is followed; a folder that cannot be read
 * is skipped. Returns the paths removed.
 */
export function removeLeftoverTempFiles(dataDir: string): string[] {
  const removed: string[] = [];
  const walk = (dir: string, top: boolean) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(top && LEAVE_ALONE.has(entry.name))) walk(full, false);
      } else if (entry.isFile() && isTempFileName(entry.name)) {
        try {
          fs.unlinkSync(full);
          removed.push(full);
        } catch {
          // Left for the next start; it is never read as data.
        }
      }
    }
  };
  walk(dataDir, true);
  return removed;
}
