import fs from 'node:fs';
import path from 'node:path';
import { localDateOf } from '../../shared/dates';
import { isTempFileName } from '../storage/tempFiles';
import { layout } from './dataFolder';
import { makePrivateDir, makeTreePrivate } from './privateFiles';
import { scrubMailFilesIn } from './secretScrub';

const SNAPSHOT_DIR_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Only the live data is copied: not earlier snapshots, quarantine, trash or mail drafts (copies of retros). */
const SKIP = new Set(['snapshots', 'quarantine', 'trash', 'drafts']);

/**
 * Keeps one copy of the data folder per day (the first run of that day), and only the
 * newest `keep` of them. Returns the snapshot folder made, or null if today's exists.
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
      makePrivateDir(partial);
      for (const name of live) {
        // A temp file is a write in flight or one a kill left behind: never data, never copied.
        fs.cpSync(path.join(dataDir, name), path.join(partial, name), {
          recursive: true,
          filter: (source) => !isTempFileName(path.basename(source)),
        });
      }
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
  return made;
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
  const all = fs
    .readdirSync(snapshotsDir)
    .filter((name) => SNAPSHOT_DIR_RE.test(name))
    .sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) {
    fs.rmSync(path.join(snapshotsDir, old), { recursive: true, force: true });
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
