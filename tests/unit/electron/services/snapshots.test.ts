import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots, takeDailySnapshot } from '../../../../electron/services/snapshots';
import { v1File, validInput } from '../../support/fixtures';
import { openServices, testClock } from '../../support/services';
import { listFiles, useTempDir, writeJson } from '../../support/tempDir';

/** Local noon on the given day, so the snapshot's date is that day in any time zone. */
function day(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

function isoDays(first: string, count: number): string[] {
  const start = day(first);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 12);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

describe('takeDailySnapshot', () => {
  const tempDir = useTempDir();
  const put = (relative: string, contents: string) => {
    const file = path.join(tempDir(), relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  };
  const seed = () => {
    put('settings.json', '{"s":1}');
    put('engagements-index.json', '{"i":1}');
    put('engagements/e1.json', '{"e":1}');
    put('engagements/e2.json', '{"e":2}');
    put('trash/old.json', '{"t":1}');
    put('quarantine/bad.json', '{');
    put('.DS_Store', 'x');
  };

  it('copies the live files, and not snapshots/, quarantine/, trash/ or hidden files, into snapshots/YYYY-MM-DD', () => {
    seed();
    const made = takeDailySnapshot(tempDir(), day('2026-03-02'));
    expect(made).toBe(path.join(tempDir(), 'snapshots', '2026-03-02'));
    expect(listFiles(path.join(tempDir(), 'snapshots', '2026-03-02'))).toEqual([
      'engagements-index.json',
      'engagements/e1.json',
      'engagements/e2.json',
      'settings.json',
    ]);
    expect(fs.readFileSync(path.join(tempDir(), 'snapshots', '2026-03-02', 'engagements', 'e2.json'), 'utf8')).toBe(
      '{"e":2}',
    );
  });

  it('copies, never moves: the live files stay where they are', () => {
    seed();
    const before = listFiles(tempDir());
    takeDailySnapshot(tempDir(), day('2026-03-02'));
    expect(listFiles(tempDir()).filter((f) => !f.startsWith('snapshots/'))).toEqual(before);
  });

  it('takes only one snapshot a day: the first one counts', () => {
    seed();
    takeDailySnapshot(tempDir(), day('2026-03-02'));
    put('settings.json', '{"s":2}');
    expect(takeDailySnapshot(tempDir(), new Date(day('2026-03-02').getTime() + 3 * 60 * 60 * 1000))).toBeNull();
    expect(fs.readFileSync(path.join(tempDir(), 'snapshots', '2026-03-02', 'settings.json'), 'utf8')).toBe('{"s":1}');
    expect(listSnapshots(tempDir())).toEqual(['2026-03-02']);
  });

  it('does not copy an earlier snapshot into a new one', () => {
    seed();
    takeDailySnapshot(tempDir(), day('2026-03-02'));
    takeDailySnapshot(tempDir(), day('2026-03-03'));
    expect(listFiles(path.join(tempDir(), 'snapshots', '2026-03-03')).some((f) => f.startsWith('snapshots'))).toBe(
      false,
    );
  });

  it('makes nothing for an empty data folder', () => {
    expect(takeDailySnapshot(tempDir(), day('2026-03-02'))).toBeNull();
    expect(listSnapshots(tempDir())).toEqual([]);
  });

  it('makes nothing when the data folder does not exist', () => {
    const missing = path.join(tempDir(), 'not-yet');
    expect(takeDailySnapshot(missing, day('2026-03-02'))).toBeNull();
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('keeps only the newest 14 over 20 days', () => {
    seed();
    const days = isoDays('2026-02-20', 20);
    for (const [i, iso] of days.entries()) {
      put('settings.json', `{"day":${i}}`);
      expect(takeDailySnapshot(tempDir(), day(iso))).not.toBeNull();
      expect(listSnapshots(tempDir()).length).toBe(Math.min(i + 1, 14));
    }
    expect(listSnapshots(tempDir())).toEqual(days.slice(6));
    const newest = days[19] ?? '';
    expect(fs.readFileSync(path.join(tempDir(), 'snapshots', newest, 'settings.json'), 'utf8')).toBe('{"day":19}');
  });

  it('honours a different keep count', () => {
    seed();
    for (const iso of isoDays('2026-03-01', 5)) takeDailySnapshot(tempDir(), day(iso), 2);
    expect(listSnapshots(tempDir())).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('prunes by date, not by the order the snapshots were taken in', () => {
    seed();
    for (const iso of ['2026-03-05', '2026-03-01', '2026-03-03', '2026-03-02'])
      takeDailySnapshot(tempDir(), day(iso), 2);
    expect(listSnapshots(tempDir())).toEqual(['2026-03-03', '2026-03-05']);
  });

  it('leaves other folders in snapshots/ alone', () => {
    seed();
    put('snapshots/before-upgrade/settings.json', 'mine');
    for (const iso of isoDays('2026-03-01', 3)) takeDailySnapshot(tempDir(), day(iso), 1);
    expect(fs.readFileSync(path.join(tempDir(), 'snapshots', 'before-upgrade', 'settings.json'), 'utf8')).toBe('mine');
    expect(listSnapshots(tempDir())).toEqual(['2026-03-03']);
  });

  it('replaces a partial snapshot left by a crash', () => {
    seed();
    put('snapshots/2026-03-02.partial/settings.json', 'half-written');
    put('snapshots/2026-03-02.partial/stray.json', 'stray');
    takeDailySnapshot(tempDir(), day('2026-03-02'));
    expect(fs.existsSync(path.join(tempDir(), 'snapshots', '2026-03-02.partial'))).toBe(false);
    const snap = path.join(tempDir(), 'snapshots', '2026-03-02');
    expect(fs.readFileSync(path.join(snap, 'settings.json'), 'utf8')).toBe('{"s":1}');
    expect(fs.existsSync(path.join(snap, 'stray.json'))).toBe(false);
  });
});

describe('snapshots at start-up (createMainServices)', () => {
  const tempDir = useTempDir();

  it('snapshots the folder as the last session left it, before migrating anything', () => {
    const v1 = JSON.stringify(v1File('legacy-1'));
    fs.mkdirSync(path.join(tempDir(), 'engagements'), { recursive: true });
    fs.writeFileSync(path.join(tempDir(), 'engagements', 'legacy-1.json'), v1);
    const clock = testClock();
    clock.set(day('2026-03-02').toISOString());

    openServices(tempDir(), { clock });

    expect(
      fs.readFileSync(path.join(tempDir(), 'snapshots', '2026-03-02', 'engagements', 'legacy-1.json'), 'utf8'),
    ).toBe(v1);
  });

  it('snapshotIfDue flushes pending writes first, and takes one snapshot a day', async () => {
    const clock = testClock();
    clock.set(day('2026-03-02').toISOString());
    const { services, call } = openServices(tempDir(), { clock });
    expect(listSnapshots(tempDir())).toEqual([]); // nothing to copy in a new folder

    const created = await call('engagements:create', validInput({ name: 'Pending' }));
    await services.snapshotIfDue();
    const snapshotFile = path.join(tempDir(), 'snapshots', '2026-03-02', 'engagements', created.id, 'engagement.json');
    expect(fs.readFileSync(snapshotFile, 'utf8')).toMatch(/Pending/);

    await call('engagements:update', { id: created.id, input: validInput({ name: 'Later' }) });
    await services.snapshotIfDue();
    expect(fs.readFileSync(snapshotFile, 'utf8')).toMatch(/Pending/);

    clock.set(day('2026-03-03').toISOString());
    await services.snapshotIfDue();
    expect(listSnapshots(tempDir())).toEqual(['2026-03-02', '2026-03-03']);
    expect(services.problems).toEqual([]);
  });

  it("reports 'snapshot-failed' instead of failing start-up", async () => {
    writeJson(path.join(tempDir(), 'settings.json'), { schemaVersion: 1 });
    fs.writeFileSync(path.join(tempDir(), 'snapshots'), 'a file where the folder should be');

    const { services, logs, call } = openServices(tempDir());

    expect(services.problems).toContainEqual(
      expect.objectContaining({ kind: 'snapshot-failed', file: 'snapshots/', movedTo: null }),
    );
    expect(logs.map((l) => l.message)).toContain('Snapshot failed');
    expect(await call('engagements:list', {})).toEqual([]);
  });
});
