import path from 'node:path';
import { kindOfPath, RECORD_FOLDERS } from '../../shared/model/records/recordPaths';
import { fileAsWritten } from '../storage/asWritten';
import type { FileWriter } from '../storage/fileWriter';

const SUBFOLDERS = new Set<string>(Object.values(RECORD_FOLDERS));

export interface FolderChanges {
  /** Something else changed what the folder holds: it is to be read again. */
  outside: boolean;
  /** Paths this app's writer is still writing: whose they are is not known yet. */
  busy: string[];
}

/**
 * Tells, without reading the folder, whether the paths that changed in an engagement's
 * folder (`paths` relative to it; '' the folder itself) were changed by anything but this
 * app's own writes. Each record file is compared with what the writer last wrote or read
 * there (fileAsWritten: by its bytes). A path naming no record (a note a person left, a
 * conflict copy) is never read, so its change changes nothing. A folder that appeared
 * comes with a path for each of its files (folderWatch), but one that went or was
 * replaced, or a change the watch could not name, counts as theirs: its files are not
 * known one by one.
 */
export async function changesBySomethingElse(
  writer: FileWriter,
  folder: string,
  paths: readonly string[],
): Promise<FolderChanges> {
  const busy: string[] = [];
  for (const rel of paths) {
    if (rel === '' || SUBFOLDERS.has(rel)) return { outside: true, busy: [] };
    if (kindOfPath(rel) === null) continue;
    const verdict = await fileAsWritten(writer, path.join(folder, ...rel.split('/')));
    if (verdict === 'changed') return { outside: true, busy: [] };
    if (verdict === 'busy') busy.push(rel);
  }
  return { outside: false, busy };
}
