import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/storage/canonicalJson';
import { readRecordFolder } from '../../../../electron/storage/readRecordFolder';
import { recoverUpgrades, upgradeToFolder, type UpgradeStep } from '../../../../electron/storage/upgradeToFolder';
import { assembleEngagement } from '../../../../shared/model/records/assembleEngagement';
import { splitEngagement } from '../../../../shared/model/records/splitEngagement';
import { RICH_ID, richEngagementFile } from '../../support/richEngagement';
import { listFiles, useTempDir } from '../../support/tempDir';

class Killed extends Error {}

describe('upgrading an engagement file to its folder (format 9 → 10)', () => {
  const tempDir = useTempDir('aux-desk-upgrade-');

  function oldLayout(): { dir: string; oldBytes: string } {
    const dir = path.join(tempDir(), 'engagements');
    fs.mkdirSync(dir);
    const oldBytes = canonicalJson(richEngagementFile());
    fs.writeFileSync(path.join(dir, `${RICH_ID}.json`), oldBytes);
    return { dir, oldBytes };
  }

  /** What is on disk reads as either the old file alone or the whole folder: never half. */
  function layoutOf(dir: string, oldBytes: string): 'old' | 'new' {
    const folder = path.join(dir, RICH_ID);
    if (!fs.existsSync(folder)) {
      expect(fs.readFileSync(path.join(dir, `${RICH_ID}.json`), 'utf8')).toBe(oldBytes);
      return 'old';
    }
    expect(assembleEngagement(readRecordFolder(folder).records).file).toEqual(richEngagementFile());
    return 'new';
  }

  it('builds the folder beside the file, switches it in, and keeps the old file as a backup', () => {
    const { dir, oldBytes } = oldLayout();
    const backup = upgradeToFolder(dir, RICH_ID, richEngagementFile(), 9);
    expect(path.basename(backup)).toBe(`${RICH_ID}.v9.bak.json`);
    expect(fs.readFileSync(backup, 'utf8')).toBe(oldBytes);
    expect(fs.readdirSync(dir).sort()).toEqual([RICH_ID, `${RICH_ID}.v9.bak.json`]);
    expect(listFiles(path.join(dir, RICH_ID))).toEqual([...splitEngagement(richEngagementFile()).keys()].sort());
    expect(layoutOf(dir, oldBytes)).toBe('new');
  });

  it('never writes over an earlier backup', () => {
    const { dir } = oldLayout();
    fs.writeFileSync(path.join(dir, `${RICH_ID}.v9.bak.json`), 'an earlier backup');
    const backup = upgradeToFolder(dir, RICH_ID, richEngagementFile(), 9);
    expect(path.basename(backup)).toBe(`${RICH_ID}.v9.bak-2.json`);
    expect(fs.readFileSync(path.join(dir, `${RICH_ID}.v9.bak.json`), 'utf8')).toBe('an earlier backup');
  });

  it.each<UpgradeStep>(['built', 'switched', 'backed-up'])(
    'killed after “%s”: the start after it finds one layout whole, and the upgrade then finishes cleanly',
    (step) => {
      const { dir, oldBytes } = oldLayout();
      expect(() =>
        upgradeToFolder(dir, RICH_ID, richEngagementFile(), 9, {
          after: (s) => {
            if (s === step) throw new Killed(s);
          },
        }),
      ).toThrow(Killed);
      recoverUpgrades(dir);
      const found = layoutOf(dir, oldBytes);
      expect(found).toBe(step === 'built' ? 'old' : 'new');
      if (found === 'old') upgradeToFolder(dir, RICH_ID, richEngagementFile(), 9);
      expect(fs.readdirSync(dir).sort()).toEqual([RICH_ID, `${RICH_ID}.v9.bak.json`]);
      expect(fs.readFileSync(path.join(dir, `${RICH_ID}.v9.bak.json`), 'utf8')).toBe(oldBytes);
    },
  );

  it('removes a half-built folder at start and upgrades again from the old file', () => {
    const { dir, oldBytes } = oldLayout();
    const building = path.join(dir, `.${RICH_ID}.v10-building`);
    fs.mkdirSync(path.join(building, 'retros'), { recursive: true });
    fs.writeFileSync(path.join(building, 'engagement.json'), '{"half": ');
    expect(recoverUpgrades(dir)).toEqual([`removed .${RICH_ID}.v10-building`]);
    expect(layoutOf(dir, oldBytes)).toBe('old');
    upgradeToFolder(dir, RICH_ID, richEngagementFile(), 9);
    expect(layoutOf(dir, oldBytes)).toBe('new');
  });
});
