import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFolders, type FolderWatch } from '../../../../electron/services/folderWatch';
import { useTempDir } from '../../support/tempDir';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The per-folder watch (what runs on Linux), over a real folder: the paths it reports. */
describe('watchFolders, one watch per folder', () => {
  const tempDir = useTempDir();
  const open: FolderWatch[] = [];
  afterEach(() => {
    for (const watch of open.splice(0)) watch.close();
  });

  function watch(watched: (rel: string) => boolean) {
    const root = tempDir();
    const paths: string[] = [];
    const errors: unknown[] = [];
    open.push(
      watchFolders(
        root,
        {
          watches: watched,
          onPath: (rel) => paths.push(rel),
          onError: (error) => errors.push(error),
          log: (_message, error) => errors.push(error),
        },
        'linux',
      ),
    );
    return { root, paths, errors, seen: () => [...new Set(paths)].sort() };
  }

  it('reports a file edited in place after it was replaced by a rename (its inode changed)', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'e1'));
    const file = path.join(root, 'e1', 'engagement.json');
    fs.writeFileSync(file, '{"v":1}\n');
    const w = watch((rel) => rel.split('/').length === 1);
    fs.writeFileSync(`${file}.tmp-1`, '{"v":2}\n');
    fs.renameSync(`${file}.tmp-1`, file);
    await vi.waitFor(() => expect(w.paths).toContain('e1/engagement.json'));
    await pause(50);
    w.paths.length = 0;

    fs.writeFileSync(file, '{"v":3}\n');
    await vi.waitFor(() => expect(w.seen()).toEqual(['e1/engagement.json']));
    w.paths.length = 0;
    fs.rmSync(file);
    await vi.waitFor(() => expect(w.seen()).toEqual(['e1/engagement.json']));
    expect(w.errors).toEqual([]);
  });

  it('reports each file of a folder moved in, and a watched folder that went as a whole', async () => {
    const w = watch((rel) => rel === '' || !rel.includes('/') || rel.endsWith('/retros'));
    const outside = path.join(path.dirname(w.root), `${path.basename(w.root)}-synced`);
    fs.mkdirSync(path.join(outside, 'retros'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'engagement.json'), '{}\n');
    fs.writeFileSync(path.join(outside, 'retros', '2026-03-05-r1.json'), '{}\n');
    fs.renameSync(outside, path.join(w.root, 'e2'));
    await vi.waitFor(() => expect(w.seen()).toEqual(['e2/engagement.json', 'e2/retros/2026-03-05-r1.json']));

    // Watched from now on: a file added in its record folder is reported.
    fs.writeFileSync(path.join(w.root, 'e2', 'retros', '2026-03-12-r2.json'), '{}\n');
    await vi.waitFor(() => expect(w.paths).toContain('e2/retros/2026-03-12-r2.json'));

    w.paths.length = 0;
    fs.renameSync(path.join(w.root, 'e2'), outside);
    await vi.waitFor(() => expect(w.paths).toContain('e2'));
    fs.rmSync(outside, { recursive: true });
  });

  it('watches no folder it is not asked to: files made inside one are not reported, only the folder appearing', async () => {
    const w = watch((rel) => rel === '');
    fs.mkdirSync(path.join(w.root, 'e1'));
    await vi.waitFor(() => expect(w.seen()).toEqual(['e1']));
    w.paths.length = 0;
    fs.writeFileSync(path.join(w.root, 'e1', 'engagement.json'), '{}\n');
    await pause(150);
    expect(w.paths).toEqual([]);
  });
});
