import fs from 'node:fs';
import path from 'node:path';
import type { EngagementFile } from '../../shared/model/files';
import { splitEngagement } from '../../shared/model/records/splitEngagement';
import { PRIVATE_FILE_MODE } from '../services/privateFiles';
import { canonicalBytes } from './canonicalJson';

const PRIVATE_DIR_MODE = 0o700;
const BUILDING_RE = /^\.([A-Za-z0-9_-]{1,64})\.v10-building$/;

/** The steps of an upgrade, for the drill that stops it after each one. */
export type UpgradeStep = 'built' | 'switched' | 'backed-up';

export interface UpgradeOptions {
  /** Called after each step; a test throws here to stand for a kill at that moment. */
  after?: (step: UpgradeStep) => void;
  platform?: NodeJS.Platform;
}

function syncDir(dir: string, platform: NodeJS.Platform): void {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeNewFile(file: string, bytes: Buffer): void {
  const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
  try {
    for (let offset = 0; offset < bytes.length;) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset, offset);
      if (written <= 0) throw new Error(`The disk accepted only ${offset} of ${bytes.length} bytes.`);
      offset += written;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `<id>.v9.bak.json`, or `<id>.v9.bak-2.json`…: never over an earlier backup (a hard link fails if the name is taken). */
function moveToBackup(file: string, from: number | 'old'): string {
  const dir = path.dirname(file);
  const base = `${path.basename(file, '.json')}.v${from}.bak`;
  for (let n = 1; ; n++) {
    const backup = path.join(dir, `${base}${n > 1 ? `-${n}` : ''}.json`);
    try {
      fs.linkSync(file, backup);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    fs.unlinkSync(file);
    return backup;
  }
}

/**
 * Upgrades engagements/<id>.json (format `from`, already migrated to `doc` in memory) to
 * the folder layout, so that a kill at any moment leaves either the old file or the new
 * folder, never half: the folder is built beside it as `.<id>.v10-building` (every file
 * and folder fsynced), switched in with one rename, and only then is the old file moved
 * to `<id>.v<from>.bak.json` (never over an earlier backup). Returns the backup's path.
 */
export function upgradeToFolder(
  engagementsDir: string,
  id: string,
  doc: EngagementFile,
  from: number,
  options: UpgradeOptions = {},
): string {
  const platform = options.platform ?? process.platform;
  const building = path.join(engagementsDir, `.${id}.v10-building`);
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { mode: PRIVATE_DIR_MODE });
  const folders = new Set<string>([building]);
  for (const [rel, record] of splitEngagement(doc)) {
    const file = path.join(building, ...rel.split('/'));
    if (!folders.has(path.dirname(file))) fs.mkdirSync(path.dirname(file), { mode: PRIVATE_DIR_MODE });
    folders.add(path.dirname(file));
    writeNewFile(file, canonicalBytes(record));
  }
  for (const folder of folders) syncDir(folder, platform);
  options.after?.('built');
  fs.renameSync(building, path.join(engagementsDir, id));
  syncDir(engagementsDir, platform);
  options.after?.('switched');
  const backup = moveToBackup(path.join(engagementsDir, `${id}.json`), from);
  syncDir(engagementsDir, platform);
  options.after?.('backed-up');
  return backup;
}

/** The old file's stated format, for its backup's name. */
function versionOf(file: string): number | 'old' {
  try {
    const version = (JSON.parse(fs.readFileSync(file, 'utf8')) as { schemaVersion?: unknown }).schemaVersion;
    return typeof version === 'number' && Number.isInteger(version) ? version : 'old';
  } catch {
    return 'old';
  }
}

/**
 * At start, before engagements are read: finishes or undoes upgrades a kill cut short.
 * A half-built `.<id>.v10-building` is removed (the old file is still there, and is
 * upgraded again); an old file beside its switched-in folder is moved to the backups.
 * Returns what it did, as paths relative to `engagementsDir`, for the log.
 */
export function recoverUpgrades(engagementsDir: string): string[] {
  const done: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(engagementsDir, { withFileTypes: true });
  } catch {
    return done;
  }
  for (const entry of entries) {
    const building = BUILDING_RE.exec(entry.name)?.[1];
    if (building !== undefined && entry.isDirectory()) {
      fs.rmSync(path.join(engagementsDir, entry.name), { recursive: true, force: true });
      done.push(`removed ${entry.name}`);
    }
    const id = /^([A-Za-z0-9_-]{1,64})\.json$/.exec(entry.name)?.[1];
    if (id === undefined || !entry.isFile()) continue;
    const folder = fs.lstatSync(path.join(engagementsDir, id), { throwIfNoEntry: false });
    if (!folder?.isDirectory()) continue;
    const old = path.join(engagementsDir, entry.name);
    const backup = moveToBackup(old, versionOf(old));
    done.push(`moved ${entry.name} to ${path.basename(backup)}`);
  }
  return done;
}
