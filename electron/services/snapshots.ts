import fs from 'node:fs';
import path from 'node:path';
import { localDateOf } from '../../shared/dates';
import { isTempFileName } from '../storage/tempFiles';
import { layout } from './dataFolder';
import { makeTreePrivate } from './privateFiles';
import { copyTree } from './snapshotCopy';
import { scrubMailFilesIn } from './secretScrub';

const SNAPSHOT_DIR_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Only the live data is copied: not earlier snapshots, quarantine, trash or mail drafts (copies of retros). */
const SKIP = new Set(['snapshots', 'quarantine', 'trash', 'drafts']);

/** Deleted engagements stay in trash/ this long (so Undo works after a restart), then go. */
export const TRASH_DAYS = 30;

/**
 * Keeps one copy of the data folder per day (the first run of that day), and only the
 * newest `keep` of them. Files unchanged since the previous snapshot are hard links to it,
 * so 14 days cost about one copy plus what changed. Returns the snapshot folder made, or
 * null if today's exists (or there is nothing to copy).
 */
export function takeDailySnapshot(dataDir: string, now: Date, keep = 14): string | null {
  const { snapshotsDir } = layout(dataDir);
  const target = path.join(snapshotsDir, localDateOf(now));
  let made: string | null = null;
  if (!fs.existsSync(target)) {
    const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : [];
    const live = entries.filter((name) => !SKIP.has(name) && !name.startsWith('.') && !isTempFileName(name));
    if (live.length > 0) {
      const partial = `${target}.partial`;
      fs.rmSync(partial, { recursive: true, force: true });
      fs.mkdirSync(snapshotsDir, { recursive: true, mode: 0o700 });
      const previous = listSnapshots(dataDir).at(-1) ?? null;
      // Only the live data is copied; a temp file is a write in flight or one a kill left behind.
      copyTree(
        dataDir,
        partial,
        previous === null ? null : path.join(snapshotsDir, previous),
        (name, top) => !top || live.includes(name),
      );
      // The SMTP password stays in mail.json alone: "Remove stored password" must not leave
      // 14 days of copies behind. (A restored snapshot asks for the password again.)
      scrubMailFilesIn(partial);
      makeTreePrivate(partial);
      // A snapshot only counts once it is complete.
      fs.renameSync(partial, target);
      made = target;
    }
  }
  pruneSnapshots(snapshotsDir, keep);
  emptyOldTrash(layout(dataDir).trashDir, now);
  return made;
}

/** Removes what was put in the trash more than TRASH_DAYS ago (engagements.ts stamps the time it was deleted). */
export function emptyOldTrash(trashDir: string, now: Date): string[] {
  const removed: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(trashDir, { withFileTypes: true });
  } catch {
    return removed;
  }
  const cutoff = now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000;
  for (const entry of entries) {
    // A deleted engagement is its folder (layout 10) or, from before, its one file.
    if (!entry.isFile() && !entry.isDirectory()) continue;
    const file = path.join(trashDir, entry.name);
    if (fs.lstatSync(file).mtimeMs < cutoff) {
      fs.rmSync(file, { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return removed;
}

export function listSnapshots(dataDir: string): string[] {
  const { snapshotsDir } = layout(dataDir);
  if (!fs.existsSync(snapshotsDir)) return [];
  return fs
    .readdirSync(snapshotsDir)
    .filter((name) => SNAPSHOT_DIR_RE.test(name))
    .sort();
}

function pruneSnapshots(snapshotsDir: string, keep: number): void {
  if (!fs.existsSync(snapshotsDir)) return;
  const names = fs.readdirSync(snapshotsDir);
  const all = names.filter((name) => SNAPSHOT_DIR_RE.test(name)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) {
    fs.rmSync(path.join(snapshotsDir, old), { recursive: true, force: true });
  }
  // A snapshot killed half-way leaves <day>.partial: it never became a snapshot, it goes.
  for (const name of names.filter((n) => n.endsWith('.partial'))) {
    fs.rmSync(path.join(snapshotsDir, name), { recursive: true, force: true });
  }
}

/**
 * Removes the SMTP password's cipher from every copy the app made of mail.json: snapshots
 * (older ones were taken before snapshots were scrubbed), quarantined copies, and the
 * migration backups beside mail.json. Returns how many copies held one.
 */
export function scrubStoredPasswordCopies(dataDir: string): number {
  const { snapshotsDir, quarantineDir } = layout(dataDir);
  let count = scrubMailFilesIn(dataDir, new Set(['mail.json'])) + scrubMailFilesIn(quarantineDir);
  if (fs.existsSync(snapshotsDir)) {
    for (const entry of fs.readdirSync(snapshotsDir, { withFileTypes: true })) {
      if (entry.isDirectory()) count += scrubMailFilesIn(path.join(snapshotsDir, entry.name));
    }
  }
  return count;
}
