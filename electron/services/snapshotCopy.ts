import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isTempFileName } from '../storage/tempFiles';
import { holdsMailSecret } from './secretScrub';

/** What a snapshot copy did, for the report and the tests. */
export interface CopyTally {
  /** Files shared with the previous snapshot (a hard link: no new bytes on disk). */
  linked: number;
  copied: number;
  /** Entries that are not regular files or folders (links, pipes, sockets, devices): never read. */
  skipped: string[];
  /** Folders or files that could not be read: left out, the rest is copied. */
  unreadable: string[];
}

function sameContent(a: string, b: string, size: number): boolean {
  try {
    const other = fs.lstatSync(b);
    if (!other.isFile() || other.size !== size) return false;
    const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    return hash(a) === hash(b);
  } catch {
    return false;
  }
}

/**
 * The previous snapshot's copy is linked when the file has not changed since: the writer
 * never edits a file in place (it renames a new one over it), and neither does the snapshot,
 * so a shared inode keeps the day's content. Mail files are always copied: the snapshot
 * scrubs the SMTP password out of its copy, which must not reach another day's.
 */
function copyFile(source: string, target: string, previous: string | null, size: number, tally: CopyTally): void {
  if (previous !== null && !holdsMailSecret(path.basename(source)) && sameContent(source, previous, size)) {
    try {
      fs.linkSync(previous, target);
      tally.linked += 1;
      return;
    } catch {
      // A file system without hard links (FAT, some network shares): copy instead.
    }
  }
  fs.copyFileSync(source, target);
  tally.copied += 1;
}

/**
 * Copies the regular files and folders under `source` into `target` (which must not exist),
 * following no link and reading nothing that is not a regular file: a named pipe would block
 * the read forever, a symlink could point anywhere. `keep(name)` picks what is copied.
 */
export function copyTree(
  source: string,
  target: string,
  previous: string | null,
  keep: (name: string, top: boolean) => boolean,
  tally: CopyTally = { linked: 0, copied: 0, skipped: [], unreadable: [] },
  top = true,
): CopyTally {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(source, { withFileTypes: true });
  } catch {
    tally.unreadable.push(source);
    return tally;
  }
  fs.mkdirSync(target, { mode: 0o700 });
  for (const entry of entries) {
    if (!keep(entry.name, top) || isTempFileName(entry.name)) continue;
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    const before = previous === null ? null : path.join(previous, entry.name);
    if (entry.isDirectory()) {
      copyTree(from, to, before, keep, tally, false);
    } else if (entry.isFile()) {
      try {
        copyFile(from, to, before, fs.lstatSync(from).size, tally);
      } catch {
        tally.unreadable.push(from);
      }
    } else {
      tally.skipped.push(from);
    }
  }
  return tally;
}
