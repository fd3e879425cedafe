import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateEngagementFile } from '../../../../shared/model/migrations';
import { readEngagementFolder } from '../../support/engagementFolder';
import { v1File, validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { useTempDir, writeJson } from '../../support/tempDir';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('migrating an old file never loses or hides anything (issue 14 defect 6)', () => {
  const tempDir = useTempDir();

  it('refuses a file whose content is newer than the version it states, instead of wiping its sections', () => {
    const mislabelled = {
      ...v1File('e1'),
      schemaVersion: 2,
      retro: { goals: [], retros: [{ id: 'r1' }] },
      lifecycle: { onePager: {} },
    };
    expect(() => migrateEngagementFile(mislabelled, ids())).toThrow(/retro.*version 3|lifecycle.*version 8/);
  });

  it('quarantines such a file at start-up with a banner, and keeps it byte for byte', () => {
    const file = path.join(tempDir(), 'engagements', 'e1.json');
    writeJson(file, { ...v1File('e1'), schemaVersion: 2, retro: { goals: [], retros: [] } });
    const before = fs.readFileSync(file);
    const { services } = openServices(tempDir());
    const problem = services.problems.find((p) => p.file === 'engagements/e1.json');
    expect(problem?.message).toMatch(/version 3/);
    expect(problem?.movedTo).not.toBeNull();
    expect(fs.readFileSync(path.join(tempDir(), problem?.movedTo ?? ''))).toEqual(before);
  });

  it('keeps an earlier backup when the same file is migrated a second time', () => {
    const dir = path.join(tempDir(), 'engagements');
    writeJson(path.join(dir, 'e1.json'), v1File('e1', { name: 'First' }));
    openServices(tempDir()).services.flush();
    const first = fs.readFileSync(path.join(dir, 'e1.v1.bak.json'), 'utf8');
    // The same old file comes back (restored by hand, synced in) and is migrated again.
    writeJson(path.join(dir, 'e1.json'), v1File('e1', { name: 'Second' }));
    openServices(tempDir()).services.flush();
    expect(fs.readFileSync(path.join(dir, 'e1.v1.bak.json'), 'utf8')).toBe(first);
    const backups = fs.readdirSync(dir).filter((name) => name.includes('.bak'));
    expect(backups).toHaveLength(2);
    expect(backups.map((name) => fs.readFileSync(path.join(dir, name), 'utf8')).join()).toContain('Second');
  });

  it('starts when the migrated file cannot be saved, says so, leaves the old file as it was, and upgrades it at the next save', async () => {
    const dir = path.join(tempDir(), 'engagements');
    writeJson(path.join(dir, 'e1.json'), v1File('e1', { name: 'Old' }));
    const before = fs.readFileSync(path.join(dir, 'e1.json'));
    // The disk refuses the new folder once it is built, before it is switched in.
    let full = true;
    const upgradeDrill = (step: string) => {
      if (full && step === 'built')
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const { call, services } = openServices(tempDir(), { upgradeDrill });
    expect((await call('engagements:list', {})).map((s) => s.name)).toEqual(['Old']);
    expect(services.problems.map((p) => p.message).join('\n')).toMatch(/upgraded from format 1 in memory.*ENOSPC/);
    expect(fs.readFileSync(path.join(dir, 'e1.json'))).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'e1'))).toBe(false);

    // Space comes back: the next save upgrades it, with the edit, and keeps the old file as its backup.
    full = false;
    await call('engagements:update', { id: 'e1', input: validInput({ name: 'Edited' }) });
    expect(await services.flushAndWait(10_000)).toEqual([]);
    expect(readEngagementFolder(tempDir(), 'e1').engagement.name).toBe('Edited');
    expect(fs.existsSync(path.join(dir, 'e1.json'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'e1.v1.bak.json'))).toEqual(before);
  });
});
