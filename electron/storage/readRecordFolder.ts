import fs from 'node:fs';
import path from 'node:path';
import { kindOfPath, RECORD_FOLDERS } from '../../shared/model/records/recordPaths';
import type { FileWriter } from './fileWriter';
import { isTempFileName } from './tempFiles';
import { parseObject } from './writerStore';

/**
 * A record holds at most four notes of 1 MB each (MAX_NOTE_BYTES) and its lists: a file
 * larger than this is not one of ours, and is not read into memory.
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** A file of the folder that could not be read; it is left where it is. */
export interface FolderEntryProblem {
  path: string;
  message: string;
  /** A regular file that was read but holds no JSON object: it may be moved aside (quarantined) whole. */
  movable?: true;
}

export interface FolderReading {
  /** Each record file's parsed JSON, by path relative to the folder (`retros/<date>-<id>.json`). */
  records: Map<string, unknown>;
  problems: FolderEntryProblem[];
  /** Entries that name no record (conflict copies, a person's notes): not read. */
  ignored: string[];
}

export interface ReadOptions {
  /** Told the bytes of each file read, so it writes none of them back unchanged and notices other writers. */
  writer?: FileWriter;
  maxBytes?: number;
}

const SUBFOLDERS = new Set<string>(Object.values(RECORD_FOLDERS));
// A pipe opened without O_NONBLOCK blocks until a writer comes: start-up would hang for ever.
// O_NOFOLLOW refuses a link swapped in after the listing. Windows has neither, nor pipes in a folder.
const OPEN_FLAGS =
  process.platform === 'win32'
    ? fs.constants.O_RDONLY
    : fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

const NOT_A_FOLDER = 'is not a folder (a link or a file); it was left in place, unread';

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'is a link; it was left in place, unread';
  return `could not be read (${error instanceof Error ? error.message : String(error)}); it was left in place`;
}

/** The file's bytes, or why they were not read: only a regular file within the size cap is. */
function readRegularFile(file: string, maxBytes: number): Buffer | string {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return describe(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'is not a regular file (a pipe, a device or a folder); it was left in place, unread';
    if (stat.size > maxBytes) return `is larger than ${maxBytes} bytes; it was left in place, unread`;
    return fs.readFileSync(fd);
  } catch (error) {
    return describe(error);
  } finally {
    fs.closeSync(fd);
  }
}

function entriesOf(dir: string, shown: string, reading: FolderReading): fs.Dirent[] {
  try {
    // Sorted: what is reported, and in which order, does not depend on the file system.
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    reading.problems.push({ path: shown, message: `${shown} ${describe(error)}.` });
    return [];
  }
}

/**
 * Reads an engagement's folder: its record files and those in the record subfolders
 * (retros/, weeks/, nps/, fit-check/), each on its own, so one that cannot be read is
 * reported by its path and the rest still read. Only regular files are opened: no link
 * is followed, a pipe is never waited on. Temp files left by killed writes are skipped
 * (removed at start); anything else that names no record is listed and left unread.
 */
export function readRecordFolder(dir: string, options: ReadOptions = {}): FolderReading {
  const reading: FolderReading = { records: new Map(), problems: [], ignored: [] };
  const maxBytes = options.maxBytes ?? MAX_RECORD_BYTES;
  const visit = (folder: string, prefix: string) => {
    for (const entry of entriesOf(folder, prefix || '.', reading)) {
      const rel = `${prefix}${entry.name}`;
      if (isTempFileName(entry.name)) continue;
      if (prefix === '' && SUBFOLDERS.has(entry.name)) {
        if (entry.isDirectory()) visit(path.join(folder, entry.name), `${rel}/`);
        else reading.problems.push({ path: rel, message: `${rel} ${NOT_A_FOLDER}.` });
        continue;
      }
      if (kindOfPath(rel) === null) {
        reading.ignored.push(entry.isDirectory() ? `${rel}/` : rel);
        continue;
      }
      const file = path.join(folder, entry.name);
      const bytes = entry.isSymbolicLink()
        ? 'is a link; it was left in place, unread'
        : readRegularFile(file, maxBytes);
      if (typeof bytes === 'string') {
        reading.problems.push({ path: rel, message: `${rel} ${bytes}.` });
        continue;
      }
      try {
        reading.records.set(rel, parseObject(bytes));
        options.writer?.remember(file, bytes);
      } catch (error) {
        const why = error instanceof SyntaxError ? 'is not valid JSON' : describe(error);
        reading.problems.push({
          path: rel,
          message: `${rel} ${why}.`,
          ...(error instanceof SyntaxError ? { movable: true as const } : {}),
        });
      }
    }
  };
  visit(dir, '');
  return reading;
}
