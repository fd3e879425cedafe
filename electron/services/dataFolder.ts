import fs from 'node:fs';
import path from 'node:path';
import { makePrivateDir } from './privateFiles';
import { holdsMailSecret, scrubPasswordFile } from './secretScrub';

/** Tests (and power users) point the app at another folder with this variable. */
export const DATA_DIR_ENV = 'AUX_DESK_DATA_DIR';

export function resolveDataDir(env: NodeJS.ProcessEnv, defaultDir: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return path.resolve(override && override !== '' ? override : defaultDir);
}

/**
 * Electron's own profile folder (userData) for an app pointed at another data folder: beside it,
 * never inside it (its caches are no data of ours). Set before the single-instance lock, which is
 * held per profile: two apps on two data folders (two laptops in the e2e suite) do not race for
 * any file, so each may run; a second launch on the same folder still finds the first. Null
 * without the override: the default profile, and its one lock, stay.
 */
export function profileDirFor(env: NodeJS.ProcessEnv): string | null {
  const override = env[DATA_DIR_ENV]?.trim();
  if (!override) return null;
  return `${path.resolve(override)}.electron-profile`;
}

/** Where each kind of file lives inside the data folder. */
export function layout(dataDir: string) {
  return {
    root: dataDir,
    settingsName: 'settings',
    indexName: 'engagements-index',
    engagementsDir: path.join(dataDir, 'engagements'),
    trashDir: path.join(dataDir, 'trash'),
    quarantineDir: path.join(dataDir, 'quarantine'),
    snapshotsDir: path.join(dataDir, 'snapshots'),
  };
}
export type Layout = ReturnType<typeof layout>;

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** mail.json (or a copy of it) at the top of the data folder: it may hold the SMTP password. */
export function isMailFile(dataDir: string, filePath: string): boolean {
  return path.dirname(path.resolve(filePath)) === path.resolve(dataDir) && holdsMailSecret(path.basename(filePath));
}

/**
 * Moves an unreadable file into quarantine/ under a new, unique name. Never deletes,
 * never overwrites: if the name is taken a counter is added. The one change: a mail file's
 * SMTP password cipher is removed, so that no copy outlives "Remove stored password".
 */
export function quarantineFile(dataDir: string, filePath: string, now: Date): string {
  const { quarantineDir } = layout(dataDir);
  makePrivateDir(quarantineDir);
  const scrub = isMailFile(dataDir, filePath);
  const relative = path.relative(dataDir, filePath).split(path.sep).join('__');
  const base = relative.replace(/\.json$/, '');
  for (let n = 0; ; n++) {
    const candidate = path.join(quarantineDir, `${base}.${stamp(now)}${n ? `-${n}` : ''}.json`);
    if (fs.existsSync(candidate)) continue;
    fs.renameSync(filePath, candidate);
    if (scrub) scrubPasswordFile(candidate);
    return candidate;
  }
}

/** Copies a file of a team workspace into quarantine/ (never deletes, never overwrites); returns the copy. */
export function quarantineCopy(dataDir: string, filePath: string, now: Date): string {
  const { quarantineDir } = layout(dataDir);
  makePrivateDir(quarantineDir);
  const base = `team__${path.basename(path.dirname(filePath))}__${path.basename(filePath).replace(/\.json$/, '')}`;
  for (let n = 0; ; n++) {
    const candidate = path.join(quarantineDir, `${base}.${stamp(now)}${n ? `-${n}` : ''}.json`);
    if (fs.existsSync(candidate)) continue;
    fs.copyFileSync(filePath, candidate, fs.constants.COPYFILE_EXCL);
    return candidate;
  }
}

export function relativeToData(dataDir: string, filePath: string): string {
  return path.relative(dataDir, filePath).split(path.sep).join('/');
}
