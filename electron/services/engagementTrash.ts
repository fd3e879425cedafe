import fs from 'node:fs';
import path from 'node:path';
import type { Layout } from './dataFolder';
import { makePrivateDir } from './privateFiles';

/** How a deleted engagement lies in the trash: its folder (layout 10) or, from before, its one file. */
export type TrashedForm = 'folder' | 'file';

const nameOf = (id: string, form: TrashedForm) => (form === 'folder' ? id : `${id}.json`);

/**
 * Moves an engagement's folder (or old file) from engagements/ to trash/. Its time becomes
 * the time it was deleted: the trash is emptied 30 days later (snapshots.ts). An earlier
 * trashed copy of the same engagement is older than this one, which replaces it.
 */
export function moveToTrash(paths: Layout, id: string, form: TrashedForm, deletedAt: Date): void {
  makePrivateDir(paths.trashDir);
  const trashed = path.join(paths.trashDir, nameOf(id, form));
  fs.rmSync(trashed, { recursive: true, force: true });
  fs.renameSync(path.join(paths.engagementsDir, nameOf(id, form)), trashed);
  fs.utimesSync(trashed, deletedAt, deletedAt);
}

function formInTrash(paths: Layout, id: string): TrashedForm | null {
  if (fs.lstatSync(path.join(paths.trashDir, id), { throwIfNoEntry: false })?.isDirectory()) return 'folder';
  if (fs.lstatSync(path.join(paths.trashDir, `${id}.json`), { throwIfNoEntry: false })?.isFile()) return 'file';
  return null;
}

/**
 * Moves a deleted engagement back from trash/ and opens it with `open`. When it cannot
 * be opened it goes back to the trash as it was, so a later restore can try again: null.
 * 'missing' when the trash does not hold it.
 */
export function restoreFromTrash<T>(
  paths: Layout,
  id: string,
  open: (form: TrashedForm) => T | null,
): T | null | 'missing' {
  const form = formInTrash(paths, id);
  if (form === null) return 'missing';
  const trashed = path.join(paths.trashDir, nameOf(id, form));
  const live = path.join(paths.engagementsDir, nameOf(id, form));
  makePrivateDir(paths.engagementsDir);
  if (fs.existsSync(live)) return null;
  fs.renameSync(trashed, live);
  const opened = open(form);
  if (opened === null && fs.existsSync(live)) fs.renameSync(live, trashed);
  return opened;
}
