import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../services/privateFiles';
import type { StorageFs, WritableFile } from './fileSystem';
import { tempPathFor } from './tempFiles';

/** The disk took none of what was left: without this, a 0-byte answer would loop for ever. */
export class ShortWriteError extends Error {
  readonly code = 'EIO';
  constructor(written: number, total: number) {
    super(`The disk accepted only ${written} of ${total} bytes.`);
  }
}

async function writeAll(file: WritableFile, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, offset);
    // A short write is continued where it stopped; one that writes nothing is a failure.
    if (bytesWritten <= 0) throw new ShortWriteError(offset, bytes.length);
    offset += bytesWritten;
  }
}

const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EBADF']);

/**
 * Makes the rename durable: the folder's entry for the new file is on disk too. Windows
 * cannot open a folder as a file, and NTFS journals the rename itself: skipped there.
 */
async function syncFolder(fs: StorageFs, dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  const folder = await fs.open(dir, 'r');
  try {
    await folder.sync();
  } catch (error) {
    // Some file systems (network shares, FUSE) cannot fsync a folder: the rename stands.
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await folder.close();
  }
}

/**
 * Replaces `target` with `bytes` so that at any moment (a kill, a power cut, a full disk)
 * the file is either the old one or the new one, complete: the bytes go to a new temp
 * file beside it (owner-only, created exclusively), every byte is checked written, the
 * temp file is fsynced, renamed over the target, and the folder fsynced. On failure the
 * temp file is removed and the target is untouched.
 */
export async function writeAtomically(
  fs: StorageFs,
  target: string,
  bytes: Uint8Array,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const temp = tempPathFor(target);
  let created = false;
  try {
    const file = await fs.open(temp, 'wx', PRIVATE_FILE_MODE);
    created = true;
    try {
      await writeAll(file, bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(target), platform);
}

/**
 * Removes `target` durably: unlinked, then the folder fsynced so the removal survives a
 * power cut. A file already gone counts as removed.
 */
export async function removeDurably(
  fs: StorageFs,
  target: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  try {
    await fs.unlink(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await syncFolder(fs, path.dirname(target), platform);
}
