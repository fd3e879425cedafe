import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyOldTrash, takeDailySnapshot, TRASH_DAYS } from '../../../../electron/services/snapshots';
import { validInput } from '../../support/fixtures';
import { openServices, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

/** Local noon on the day `offset` days after 1 March 2026. */
const day = (offset: number) => new Date(2026, 2, 1 + offset, 12, 0, 0);

/** Bytes on disk under `dir`, each inode counted once (hard links are shared, not extra). */
function uniqueBytes(dir: string): number {
  const seen = new Set<number>();
  let total = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stat = fs.statSync(full);
        if (!seen.has(stat.ino)) total += stat.size;
        seen.add(stat.ino);
      }
    }
  };
  walk(dir);
  return total;
}

describe('snapshots share unchanged files (issue 14 item 6)', () => {
  const tempDir = useTempDir();
  const put = (relative: string, contents: string) => {
    const file = path.join(tempDir(), relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // As the writer does: a new file renamed over the old one, never an edit in place.
    fs.writeFileSync(`${file}.new`, contents);
    fs.renameSync(`${file}.new`, file);
  };
  const snap = (offset: number) => takeDailySnapshot(tempDir(), day(offset));

  it('links a file unchanged since the previous snapshot and copies a changed one, each day keeping its content', () => {
    put('engagements/a.json', '{"a":1}\n');
    put('engagements/b.json', '{"b":1}\n');
    const first = snap(0) ?? '';
    put('engagements/b.json', '{"b":2}\n');
    const second = snap(1) ?? '';
    const inode = (dir: string, name: string) => fs.statSync(path.join(dir, 'engagements', name)).ino;
    expect(inode(second, 'a.json')).toBe(inode(first, 'a.json'));
    expect(inode(second, 'b.json')).not.toBe(inode(first, 'b.json'));
    expect(fs.readFileSync(path.join(first, 'engagements', 'b.json'), 'utf8')).toBe('{"b":1}\n');
    expect(fs.readFileSync(path.join(second, 'engagements', 'b.json'), 'utf8')).toBe('{"b":2}\n');
  });

  it('keeps 14 days of an unchanged folder for about the cost of one, plus what changed', () => {
    const big = 'x'.repeat(200_000);
    for (let i = 0; i < 5; i += 1) put(`engagements/e${i}.json`, `{"n":"${big}${i}"}\n`);
    const data = uniqueBytes(tempDir());
    for (let d = 0; d < 14; d += 1) {
      put('engagements/e0.json', `{"n":"${big}day${d}"}\n`);
      snap(d);
    }
    const snapshots = uniqueBytes(path.join(tempDir(), 'snapshots'));
    // One copy of everything, then one changed file a day: 1 + 13/5 of the data.
    expect(snapshots).toBeLessThan(data * (1 + 14 / 5));
    expect(snapshots).toBeGreaterThan(data);
  });

  it('never copies the mail file by link: each day scrubs its own copy', () => {
    put('mail.json', '{"schemaVersion":2,"passwordCipher":"c2VjcmV0"}\n');
    const first = snap(0) ?? '';
    const second = snap(1) ?? '';
    expect(fs.statSync(path.join(second, 'mail.json')).ino).not.toBe(fs.statSync(path.join(first, 'mail.json')).ino);
    expect(fs.readFileSync(path.join(second, 'mail.json'), 'utf8')).toContain('"passwordCipher":null');
    expect(fs.readFileSync(path.join(tempDir(), 'mail.json'), 'utf8')).toContain('c2VjcmV0');
  });

  it('skips a named pipe and a symlink instead of reading them (a pipe would block start-up forever)', () => {
    put('engagements/a.json', '{"a":1}\n');
    execFileSync('mkfifo', [path.join(tempDir(), 'engagements', 'pipe.json')]);
    fs.symlinkSync('/etc/hostname', path.join(tempDir(), 'engagements', 'link.json'));
    const made = snap(0) ?? '';
    expect(fs.readdirSync(path.join(made, 'engagements')).sort()).toEqual(['a.json']);
  });

  it('removes a half-made snapshot a kill left behind', () => {
    put('settings.json', '{}\n');
    fs.mkdirSync(path.join(tempDir(), 'snapshots', '2026-02-27.partial', 'engagements'), { recursive: true });
    snap(0);
    expect(fs.readdirSync(path.join(tempDir(), 'snapshots'))).toEqual(['2026-03-01']);
  });
});

describe('the trash is emptied after 30 days', () => {
  const tempDir = useTempDir();

  it('removes what was deleted more than 30 days ago and keeps the rest', () => {
    const trash = path.join(tempDir(), 'trash');
    fs.mkdirSync(trash);
    const now = day(40);
    for (const [name, daysAgo] of [
      ['old.json', TRASH_DAYS + 1],
      ['recent.json', TRASH_DAYS - 1],
    ] as const) {
      const file = path.join(trash, name);
      fs.writeFileSync(file, '{}');
      const at = new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000);
      fs.utimesSync(file, at, at);
    }
    expect(emptyOldTrash(trash, now)).toEqual(['old.json']);
    expect(fs.readdirSync(trash)).toEqual(['recent.json']);
  });

  it('counts the 30 days from when the engagement was deleted, not from its last save', async () => {
    const clock = testClock('2026-03-02T09:00:00.000Z');
    const { call, services } = openServices(tempDir(), { clock });
    const engagement = await call('engagements:create', validInput());
    expect(await services.flushAndWait(10_000)).toEqual([]);
    clock.advance(20 * 24 * 60 * 60 * 1000);
    await call('engagements:delete', { id: engagement.id });
    const trash = path.join(tempDir(), 'trash');
    const deleted = clock.now();
    const after = (days: number) => new Date(deleted.getTime() + days * 24 * 60 * 60 * 1000);
    expect(emptyOldTrash(trash, after(TRASH_DAYS - 1))).toEqual([]);
    expect(emptyOldTrash(trash, after(TRASH_DAYS + 1))).toEqual([engagement.id]);
    expect(fs.existsSync(path.join(trash, engagement.id))).toBe(false);
  });
});
