import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';
import { makePrivateDir } from './privateFiles';

/**
 * Moves a folder to `to` (which must not exist): one rename on the same disk; across disks
 * (EXDEV: a team workspace on another volume) a full copy first, then the original is
 * removed, so a failure half way leaves the original whole and the partial copy is removed.
 */
export function moveFolder(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  try {
    fs.cpSync(from, to, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
  } catch (error) {
    fs.rmSync(to, { recursive: true, force: true });
    throw error;
  }
  fs.rmSync(from, { recursive: true, force: true });
}

/**
 * Moves an engagement's folder to `to` and opens it there; when it cannot be opened it is
 * moved back (null). Refused, nothing moved, when `to` is taken.
 */
export function moveEngagementFolder<T>(from: string, to: string, open: () => T | null): T | null {
  if (fs.existsSync(to)) throw new AppError('storage', `${to} already exists; nothing was moved.`);
  makePrivateDir(path.dirname(to));
  moveFolder(from, to);
  const opened = open();
  if (opened === null) moveFolder(to, from);
  return opened;
}
