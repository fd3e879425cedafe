import { constants } from 'node:fs';
import fsp, { type FileHandle } from 'node:fs/promises';
import type { FileWriter } from './fileWriter';

/**
 * - `unchanged`: the file is byte for byte what the writer last wrote or read there (or is
 *   absent, as the writer left it or never saw it): nothing to read back.
 * - `changed`: something else wrote, replaced or deleted it.
 * - `busy`: the writer has a write or removal of it pending or in flight: ask again later.
 */
export type AsWritten = 'unchanged' | 'changed' | 'busy';

// Never wait on a pipe swapped in for a record, never follow a link (as readRecordFolder).
const OPEN_FLAGS =
  process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** The file's bytes when it is a regular file of `size` bytes; null when absent; 'other' when it differs or is not a regular file. */
async function readIfSize(file: string, size: number | null): Promise<Buffer | null | 'other'> {
  let handle: FileHandle;
  try {
    handle = await fsp.open(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : 'other';
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || size === null || stat.size !== size) return 'other';
    return await handle.readFile();
  } catch {
    return 'other';
  } finally {
    await handle.close();
  }
}

/**
 * Whether `file` is still as this app's writer left it. Decided by the bytes, never by
 * size and modification time alone: another program's in-place write of the same length
 * within one tick of the file system's clock after ours leaves both as ours left them (and
 * Linux's clock ticks every few milliseconds, FAT's every 2 s). The file is read off the
 * main thread (only the comparison runs on it), and only when its size is the one the
 * writer wrote. When the writer starts on the file meanwhile, the answer is `busy`.
 */
export async function fileAsWritten(writer: FileWriter, file: string): Promise<AsWritten> {
  const known = writer.lastKnown(file);
  if (known === 'busy') return 'busy';
  const current = await readIfSize(file, known?.length ?? null);
  // A write or a read of it since (the bytes are a new Buffer each time): what was read proves nothing.
  if (writer.lastKnown(file) !== known) return 'busy';
  if (current === 'other') return 'changed';
  if (current === null) return known === null || known === undefined ? 'unchanged' : 'changed';
  return known?.equals(current) ? 'unchanged' : 'changed';
}
