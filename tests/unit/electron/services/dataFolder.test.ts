import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_DIR_ENV,
  layout,
  quarantineFile,
  relativeToData,
  profileDirFor,
  resolveDataDir,
} from '../../../../electron/services/dataFolder';
import { listFiles, useTempDir } from '../../support/tempDir';

const when = new Date('2026-03-02T09:15:30.123Z');
const stamp = '2026-03-02T09-15-30-123Z';

describe('resolveDataDir', () => {
  const fallback = path.resolve('/home/ada/.config/Aux Desk/data');

  it('uses the default folder without the override', () => {
    expect(resolveDataDir({}, fallback)).toBe(fallback);
  });

  it(`lets ${DATA_DIR_ENV} point elsewhere, trimmed`, () => {
    expect(DATA_DIR_ENV).toBe('AUX_DESK_DATA_DIR');
    expect(resolveDataDir({ [DATA_DIR_ENV]: '  /tmp/aux-e2e-1  ' }, fallback)).toBe(path.resolve('/tmp/aux-e2e-1'));
  });

  it('ignores an empty or blank override', () => {
    expect(resolveDataDir({ [DATA_DIR_ENV]: '' }, fallback)).toBe(fallback);
    expect(resolveDataDir({ [DATA_DIR_ENV]: '   ' }, fallback)).toBe(fallback);
  });

  it('always answers with an absolute path', () => {
    const relative = resolveDataDir({ [DATA_DIR_ENV]: 'relative/data' }, fallback);
    expect(path.isAbsolute(relative)).toBe(true);
    expect(relative).toBe(path.resolve('relative/data'));
    expect(path.isAbsolute(resolveDataDir({}, 'data'))).toBe(true);
  });
});

describe('profileDirFor', () => {
  it('keeps the default profile (and its one single-instance lock) without the override', () => {
    expect(profileDirFor({})).toBeNull();
    expect(profileDirFor({ [DATA_DIR_ENV]: '   ' })).toBeNull();
  });

  it('gives each data folder its own profile, beside it and not inside it', () => {
    const a = profileDirFor({ [DATA_DIR_ENV]: ' /tmp/story/data ' });
    const b = profileDirFor({ [DATA_DIR_ENV]: '/tmp/story/data-b' });
    expect(a).toBe(path.resolve('/tmp/story/data.electron-profile'));
    expect(b).toBe(path.resolve('/tmp/story/data-b.electron-profile'));
    expect(a?.startsWith(`${path.resolve('/tmp/story/data')}${path.sep}`)).toBe(false);
    // The same folder, however it is written, is the same profile: a second launch finds the first.
    expect(profileDirFor({ [DATA_DIR_ENV]: '/tmp/story/./data' })).toBe(a);
  });
});

describe('layout', () => {
  it('keeps every kind of file inside the data folder', () => {
    const root = path.resolve('/data');
    expect(layout(root)).toEqual({
      root,
      settingsName: 'settings',
      indexName: 'engagements-index',
      engagementsDir: path.join(root, 'engagements'),
      trashDir: path.join(root, 'trash'),
      quarantineDir: path.join(root, 'quarantine'),
      snapshotsDir: path.join(root, 'snapshots'),
    });
  });
});

describe('relativeToData', () => {
  it('shows paths with forward slashes, relative to the data folder', () => {
    const root = path.resolve('/data');
    expect(relativeToData(root, path.join(root, 'engagements', 'e1.json'))).toBe('engagements/e1.json');
    expect(relativeToData(root, path.join(root, 'settings.json'))).toBe('settings.json');
  });
});

describe('quarantineFile', () => {
  const tempDir = useTempDir();

  function put(relative: string, contents: string): string {
    const file = path.join(tempDir(), relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
    return file;
  }

  it('moves the file into quarantine/ under a name that says where it came from and when', () => {
    const original = put('engagements/e1.json', '{ not json');
    const movedTo = quarantineFile(tempDir(), original, when);
    expect(movedTo).toBe(path.join(tempDir(), 'quarantine', `engagements__e1.${stamp}.json`));
    expect(fs.existsSync(original)).toBe(false);
    expect(fs.readFileSync(movedTo, 'utf8')).toBe('{ not json');
  });

  it('quarantines a top-level file by its own name', () => {
    const movedTo = quarantineFile(tempDir(), put('settings.json', 'x'), when);
    expect(path.basename(movedTo)).toBe(`settings.${stamp}.json`);
  });

  it('never overwrites a quarantined file of the same name', () => {
    const first = quarantineFile(tempDir(), put('settings.json', 'first'), when);
    const second = quarantineFile(tempDir(), put('settings.json', 'second'), when);
    const third = quarantineFile(tempDir(), put('settings.json', 'third'), when);
    expect(new Set([first, second, third]).size).toBe(3);
    expect(path.basename(second)).toBe(`settings.${stamp}-1.json`);
    expect(path.basename(third)).toBe(`settings.${stamp}-2.json`);
    expect(fs.readFileSync(first, 'utf8')).toBe('first');
    expect(fs.readFileSync(second, 'utf8')).toBe('second');
    expect(fs.readFileSync(third, 'utf8')).toBe('third');
  });

  it('skips a name already taken by something placed there by hand', () => {
    const taken = put(`quarantine/settings.${stamp}.json`, 'precious');
    const movedTo = quarantineFile(tempDir(), put('settings.json', 'new'), when);
    expect(movedTo).not.toBe(taken);
    expect(fs.readFileSync(taken, 'utf8')).toBe('precious');
    expect(fs.readFileSync(movedTo, 'utf8')).toBe('new');
  });

  it('keeps the bytes exactly, including ones that are not UTF-8', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a, 0xc3]);
    const original = path.join(tempDir(), 'engagements-index.json');
    fs.writeFileSync(original, bytes);
    const movedTo = quarantineFile(tempDir(), original, when);
    expect(fs.readFileSync(movedTo).equals(bytes)).toBe(true);
    expect(listFiles(tempDir())).toEqual([`quarantine/engagements-index.${stamp}.json`]);
  });
});
