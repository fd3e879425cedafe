import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots, takeDailySnapshot } from '../../../../electron/services/snapshots';
import { smtpSettings } from '../../support/mailWorld';
import { openServices, recordingPlatform, testClock } from '../../support/services';
import { listFiles, readJson, useTempDir } from '../../support/tempDir';

const PASSWORD = 'correct horse — battery stäple';

/** Local noon on the given day, so the snapshot's date is that day in any time zone. */
function noon(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12).toISOString();
}

/** Every file under the data folder holding the password's cipher (as the keychain stand-in wrote it). */
function filesWithCipher(dataDir: string, cipher: string): string[] {
  return listFiles(dataDir).filter((f) => fs.readFileSync(path.join(dataDir, f), 'utf8').includes(cipher));
}

describe('the SMTP password’s cipher outside mail.json (real folders)', () => {
  const tempDir = useTempDir();
  const mailJson = () => path.join(tempDir(), 'mail.json');
  const cipherNow = () => (readJson(mailJson()) as { passwordCipher: string | null }).passwordCipher ?? '';

  async function withPassword() {
    const clock = testClock(noon('2026-03-02'));
    const harness = openServices(tempDir(), { clock });
    await harness.call('mail:saveSettings', smtpSettings(2525, { user: 'aux-desk', password: PASSWORD }));
    return { ...harness, clock };
  }

  it('is not copied into the daily snapshot: the snapshot keeps the SMTP settings, without the password', async () => {
    const { services, clock } = await withPassword();
    const cipher = cipherNow();
    clock.set(noon('2026-03-03'));
    await services.snapshotIfDue();

    const copy = path.join(tempDir(), 'snapshots', '2026-03-03', 'mail.json');
    expect(readJson(copy)).toEqual({ ...(readJson(mailJson()) as object), passwordCipher: null });
    expect(filesWithCipher(tempDir(), cipher)).toEqual(['mail.json']);
  });

  it('is not copied into a snapshot from a migration backup beside mail.json either', () => {
    fs.writeFileSync(mailJson(), '{"schemaVersion":1,"smtp":null,"passwordCipher":"c2VjcmV0"}');
    fs.writeFileSync(path.join(tempDir(), 'mail.v1.bak.json'), '{\n  "passwordCipher": "c2VjcmV0",\n  "x": 1\n}');
    takeDailySnapshot(tempDir(), new Date(noon('2026-03-02')));
    const snapshot = path.join(tempDir(), 'snapshots', '2026-03-02');
    expect(fs.readFileSync(path.join(snapshot, 'mail.v1.bak.json'), 'utf8')).toBe(
      '{\n  "passwordCipher": null,\n  "x": 1\n}',
    );
    expect(filesWithCipher(snapshot, 'c2VjcmV0')).toEqual([]);
    // The live file is left alone.
    expect(fs.readFileSync(mailJson(), 'utf8')).toContain('c2VjcmV0');
  });

  it.each([
    ['does not parse', '{"schemaVersion":1,"smtp":null,"passwordCipher":"c2VjcmV0", oops'],
    ['does not validate', '{"schemaVersion":1,"smtp":{"host":""},"passwordCipher":"c2VjcmV0"}'],
  ])('is removed from a quarantined mail.json that %s, and the banner says so', (_why, contents) => {
    fs.writeFileSync(mailJson(), contents);
    const { services } = openServices(tempDir());
    const problem = services.problems.find((p) => p.file === 'mail.json');
    expect(problem?.message).toMatch(
      /nothing in it was changed or deleted but the stored SMTP password, which was deleted\.$/,
    );
    const moved = path.join(tempDir(), problem?.movedTo ?? '');
    expect(fs.readFileSync(moved, 'utf8')).toBe(contents.replace('"c2VjcmV0"', 'null'));
    expect(filesWithCipher(tempDir(), 'c2VjcmV0')).toEqual([]);
  });

  it('“Delete stored password” also removes it from snapshots and quarantined copies made before they were scrubbed', async () => {
    const { call } = await withPassword();
    const cipher = cipherNow();
    // What earlier versions left: whole copies of mail.json.
    const original = fs.readFileSync(mailJson(), 'utf8');
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-01']) {
      fs.mkdirSync(path.join(tempDir(), 'snapshots', day), { recursive: true });
      fs.writeFileSync(path.join(tempDir(), 'snapshots', day, 'mail.json'), original);
      fs.writeFileSync(path.join(tempDir(), 'snapshots', day, 'settings.json'), '{"kept":true}');
    }
    fs.mkdirSync(path.join(tempDir(), 'quarantine'), { recursive: true });
    fs.writeFileSync(
      path.join(tempDir(), 'quarantine', 'mail.2026-02-20T09-00-00-000Z.json'),
      `${original.slice(0, -3)} broken`,
    );
    fs.writeFileSync(
      path.join(tempDir(), 'quarantine', 'settings.2026-02-20T09-00-00-000Z.json'),
      '{"passwordCipher":"not ours"}',
    );
    expect(filesWithCipher(tempDir(), cipher)).toHaveLength(5);

    const view = await call('mail:saveSettings', smtpSettings(2525, { user: 'aux-desk', password: '' }));

    expect(view.hasPassword).toBe(false);
    expect(filesWithCipher(tempDir(), cipher)).toEqual([]);
    expect(fs.readFileSync(path.join(tempDir(), 'snapshots', '2026-03-01', 'settings.json'), 'utf8')).toBe(
      '{"kept":true}',
    );
    expect((readJson(path.join(tempDir(), 'snapshots', '2026-03-01', 'mail.json')) as { smtp: unknown }).smtp).toEqual(
      (readJson(mailJson()) as { smtp: unknown }).smtp,
    );
    // Only mail files are touched.
    expect(fs.readFileSync(path.join(tempDir(), 'quarantine', 'settings.2026-02-20T09-00-00-000Z.json'), 'utf8')).toBe(
      '{"passwordCipher":"not ours"}',
    );
    expect(listSnapshots(tempDir())).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('is removed at start-up from old snapshots of a password removed before this version', () => {
    fs.writeFileSync(mailJson(), JSON.stringify({ schemaVersion: 1, smtp: null, passwordCipher: null }));
    fs.mkdirSync(path.join(tempDir(), 'snapshots', '2026-02-27'), { recursive: true });
    fs.writeFileSync(
      path.join(tempDir(), 'snapshots', '2026-02-27', 'mail.json'),
      '{"schemaVersion":1,"smtp":null,"passwordCipher":"b2xk"}',
    );
    openServices(tempDir(), { platform: recordingPlatform() });
    expect(filesWithCipher(tempDir(), 'b2xk')).toEqual([]);
  });
});
