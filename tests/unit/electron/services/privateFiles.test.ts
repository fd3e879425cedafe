import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validInput } from '../../support/fixtures';
import { smtpSettings, useMailWorlds } from '../../support/mailWorld';
import { openServices, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { localDateOf } from '../../../../shared/dates';

/** Every folder and file under `root` (itself included) with its permission bits, e.g. 'engagements/ 700'. */
function modes(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    out.push(`${path.relative(root, dir) || '.'}/ ${(fs.statSync(dir).mode & 0o777).toString(8)}`);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(`${path.relative(root, full)} ${(fs.statSync(full).mode & 0o777).toString(8)}`);
    }
  };
  walk(root);
  return out.sort();
}

// Windows has no owner/group/other modes.
describe.skipIf(process.platform === 'win32')('the data folder is owner-only (real files, real modes)', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('creates the folder 0700 and every file and folder in it 0700/0600: data, mail, drafts, snapshots, quarantine, trash', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const clock = testClock('2026-03-05T12:00:00.000Z');
    const world = await worlds.open(dataDir, { clock });
    await world.call('mail:saveSettings', smtpSettings(2525, { user: 'aux-desk', password: 'secret' }));
    await world.call('mail:draft', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      headers: world.headers,
    });
    const gone = await world.call('engagements:create', validInput({ name: 'To delete' }));
    await world.call('engagements:delete', { id: gone.id });
    await world.services.mail.outbox.stop();
    world.services.flush();
    // A file that does not parse goes to quarantine/; the next day brings a snapshot.
    fs.writeFileSync(path.join(dataDir, 'notices.json'), '{ broken', { mode: 0o600 });
    clock.set('2026-03-06T12:00:00.000Z');
    openServices(dataDir, { clock }).services.flush();

    const all = modes(dataDir);
    expect(all).toContain('./ 700');
    expect(all.some((m) => m.startsWith('quarantine/'))).toBe(true);
    expect(all.some((m) => m.startsWith('trash/'))).toBe(true);
    expect(all.some((m) => m.startsWith('drafts/') && m.includes('.eml'))).toBe(true);
    // Snapshots are named by the local date of that instant (the 7th east of UTC+12).
    const snapshotDay = localDateOf(new Date('2026-03-06T12:00:00.000Z'));
    expect(all.some((m) => m.startsWith(`snapshots/${snapshotDay}/engagements/`))).toBe(true);
    const loose = all.filter((m) => !(m.endsWith('/ 700') || (!m.includes('/ ') && m.endsWith(' 600'))));
    expect(loose).toEqual([]);
  });

  it('makes an existing 0755 data folder owner-only, and rewrites an older 0644 file (and its backup) 0600 when it migrates it', () => {
    const dataDir = path.join(tempDir(), 'old');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const settings = path.join(dataDir, 'settings.json');
    fs.writeFileSync(
      settings,
      JSON.stringify({
        schemaVersion: 4,
        settings: {
          engagementWeeks: 10,
          bufferWeeks: 3,
          maxBackToBack: 2,
          workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
          twentyPercentDay: 'fri',
          retroDay: 'thu',
          retroTime: '14:00',
          retroMinutes: 30,
          pairingTarget: 80,
          dayHours: 8,
          dayStart: '09:00',
          maxEngagementWeeks: 13,
          notifications: false,
        },
        window: null,
      }),
    );
    fs.chmodSync(settings, 0o644);

    const { services } = openServices(dataDir);
    expect(services.problems).toEqual([]);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(settings).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dataDir, 'settings.v4.bak.json')).mode & 0o777).toBe(0o600);
  });
});
