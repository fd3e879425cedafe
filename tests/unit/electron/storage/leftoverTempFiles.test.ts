import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from '../../support/confStoreFactory';
import { takeDailySnapshot } from '../../../../electron/services/snapshots';
import { removeLeftoverTempFiles, tempPathFor } from '../../../../electron/storage/tempFiles';
import { openServices } from '../../support/services';
import { listFiles, useTempDir } from '../../support/tempDir';

/** What a killed `conf` write left (atomically's name) and what a killed writer leaves. */
const CONF_LEFTOVER = 'settings.json.tmp-1764672000123abcdef';
const WRITER_LEFTOVER = path.basename(tempPathFor('/x/e1.json'));

describe('temp files left by killed writes', () => {
  const tempDir = useTempDir();
  const put = (relative: string, contents = '{}') => {
    const file = path.join(tempDir(), relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  };

  it('are removed at start, in the data folder and its subfolders, and nothing else is', () => {
    put('notes.txt', 'kept');
    put(CONF_LEFTOVER, '{"trunc');
    put('engagements/keep.txt', 'kept');
    put(`engagements/${WRITER_LEFTOVER}`, '{"half');
    put('quarantine/bad.json.tmp-1764672000123abcdef', 'evidence');
    put('snapshots/2026-12-01/e1.json.tmp-1764672000123abcdef', 'history');
    openServices(tempDir());
    const left = listFiles(tempDir());
    expect(left).not.toContain(CONF_LEFTOVER);
    expect(left).not.toContain(`engagements/${WRITER_LEFTOVER}`);
    expect(left).toEqual(
      expect.arrayContaining([
        'notes.txt',
        'engagements/keep.txt',
        'quarantine/bad.json.tmp-1764672000123abcdef',
        'snapshots/2026-12-01/e1.json.tmp-1764672000123abcdef',
      ]),
    );
  });

  it('follow no link out of the data folder', () => {
    const outside = fs.mkdtempSync(path.join(path.dirname(tempDir()), 'aux-desk-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'keep.json.tmp-1764672000123abcdef'), 'not ours');
      fs.symlinkSync(outside, path.join(tempDir(), 'linked'));
      removeLeftoverTempFiles(tempDir());
      expect(fs.readdirSync(outside)).toEqual(['keep.json.tmp-1764672000123abcdef']);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('are never copied into a snapshot', () => {
    put('settings.json');
    put(CONF_LEFTOVER);
    put('engagements/e1.json');
    put(`engagements/${WRITER_LEFTOVER}`);
    const made = takeDailySnapshot(tempDir(), new Date(2026, 11, 2, 12));
    expect(made).not.toBeNull();
    expect(listFiles(made ?? '')).toEqual(['engagements/e1.json', 'settings.json']);
  });

  it('are not taken for data by the services that open the folder', () => {
    put(`engagements/${WRITER_LEFTOVER}`, '{"half');
    const { services } = openServices(tempDir(), { factory: confStoreFactory });
    expect(services.engagements.list()).toEqual([]);
    expect(services.problems).toEqual([]);
  });
});
