import fs from 'node:fs';
import path from 'node:path';

/** Tests (and power users) point the app at another folder with this variable. */
export const DATA_DIR_ENV = 'AUX_DESK_DATA_DIR';

export function resolveDataDir(env: NodeJS.ProcessEnv, defaultDir: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return path.resolve(override && override !== '' ? override : defaultDir);
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

/**
 * Moves an unreadable file into quarantine/ under a new, unique name. Never deletes,
 * never overwrites: if the name is taken a counter is added.
 */
export function quarantineFile(dataDir: string, filePath: string, now: Date): string {
  const { quarantineDir } = layout(dataDir);
  fs.mkdirSync(quarantineDir, { recursive: true });
  const relative = path.relative(dataDir, filePath).split(path.sep).join('__');
  const base = relative.replace(/\.json$/, '');
  for (let n = 0; ; n++) {
    const candidate = path.join(quarantineDir, `${base}.${stamp(now)}${n ? `-${n}` : ''}.json`);
    if (fs.existsSync(candidate)) continue;
    fs.renameSync(filePath, candidate);
    return candidate;
  }
}

export function relativeToData(dataDir: string, filePath: string): string {
  return path.relative(dataDir, filePath).split(path.sep).join('/');
}
