import fs from 'node:fs';

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
