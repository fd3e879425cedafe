import fs from 'node:fs';
import path from 'node:path';

/**
 * The data folder holds people's names, addresses and notes: only its owner may read it.
 * Folders are created 0700 and files 0600 (Windows has no such modes; Node ignores them there).
 */
const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) owner-only. An existing folder keeps its mode. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** The data folder itself: created owner-only, and made so if an earlier version left it 0755. */
export function makeDataFolder(dataDir: string): void {
  makePrivateDir(dataDir);
  if (process.platform !== 'win32') fs.chmodSync(dataDir, PRIVATE_DIR_MODE);
}

/** Writes a whole file owner-only, whatever mode it had. */
export function writePrivateFile(file: string, contents: string | Uint8Array): void {
  fs.writeFileSync(file, contents, { mode: PRIVATE_FILE_MODE });
  if (process.platform !== 'win32') fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes a copied tree owner-only: fs.cpSync creates folders with the default mode and keeps each file's. */
export function makeTreePrivate(dir: string): void {
  if (process.platform === 'win32') return;
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeTreePrivate(full);
    else if (entry.isFile()) fs.chmodSync(full, PRIVATE_FILE_MODE);
  }
}
