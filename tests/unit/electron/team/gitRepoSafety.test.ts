import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../../../electron/team/gitRepo';
import { GitError } from '../../../../electron/team/gitRunner';
import { markerScript, plainGit } from '../../support/gitEnv';
import { useGitWorld, type TeamRemote, type Transport } from '../../support/gitRemotes';
import { useTempDir } from '../../support/tempDir';

const ana = { name: 'Ana Lima', email: 'ana@example.com' };
const monday = new Date('2024-12-02T09:00:00Z');
const LOCAL_HOOKS = ['post-merge', 'post-checkout', 'pre-commit', 'post-commit', 'reference-transaction', 'pre-push'];

async function failureOf(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GitError)) throw new Error(`expected a GitError, got ${String(error)}`);
  return error;
}

describe.each<Transport>(['file', 'http'])('GitRepo against a hostile team repository over %s', (transport) => {
  const temp = useTempDir('aux-desk-git-hostile-');
  const world = useGitWorld(temp);

  /** Mallory's own clone, where plain git builds whatever tree she likes and pushes it. */
  async function mallory(remote: TeamRemote): Promise<(args: string[]) => Promise<string>> {
    const dir = world.folder('mallory');
    const env = world.runner().env ?? {};
    await plainGit(temp(), env, ['clone', '-q', remote.url, dir]);
    return async (args) => (await plainGit(dir, env, args)).trim();
  }

  it('runs nothing a pulled commit or a planted local hook holds', async () => {
    const remote = await world.remote(transport);
    const marker = path.join(temp(), 'ran.txt');
    const git = await mallory(remote);
    const malloryDir = world.folder('mallory');
    await git(['commit', '-q', '--allow-empty', '-m', 'Harmless start']);
    await git(['push', '-q', 'origin', 'HEAD:main']);
    const ben = await GitRepo.clone(remote.url, world.folder('ben'), { runner: world.runner() });
    for (const hook of LOCAL_HOOKS) markerScript(path.join(ben.dir, '.git', 'hooks', hook), marker);

    markerScript(path.join(malloryDir, 'hooks', 'post-merge'), marker);
    fs.writeFileSync(path.join(malloryDir, '.gitattributes'), '* filter=evil diff=evil merge=evil\n');
    const ext = `ext::sh -c touch% ${marker}`;
    fs.writeFileSync(path.join(malloryDir, '.gitmodules'), `[submodule "x"]\n\tpath = x\n\turl = ${ext}\n`);
    await git(['add', '-A']);
    await git(['update-index', '--add', '--cacheinfo', `160000,${await git(['rev-parse', 'HEAD'])},x`]);
    await git(['commit', '-q', '-m', 'Attack']);
    await git(['push', '-q', 'origin', 'HEAD:main']);

    await ben.fetch();
    const attack = await ben.remoteHead();
    if (attack === null) throw new Error('nothing fetched');
    await ben.moveTo(attack);
    fs.writeFileSync(path.join(ben.dir, 'notes.md'), 'mine\n');
    const mine = await ben.commitAll('Mine', ana, monday);
    await ben.commitTree({
      parents: [attack],
      base: attack,
      changes: new Map(),
      message: 'm',
      author: ana,
      now: monday,
    });
    await ben.push();

    expect(fs.existsSync(marker)).toBe(false);
    expect(mine).not.toBeNull();
    expect(fs.statSync(path.join(ben.dir, 'hooks', 'post-merge')).isFile()).toBe(true);
    expect(fs.readdirSync(path.join(ben.dir, 'x'))).toEqual([]); // the submodule was never fetched
    expect(await ben.changes(null, attack)).toContainEqual({ path: 'x', status: 'A', mode: '160000' });

    // The planted hooks are real: plain git, told nothing, runs them.
    await plainGit(ben.dir, world.runner().env ?? {}, ['commit', '-q', '--allow-empty', '-m', 'plain']);
    expect(fs.readFileSync(marker, 'utf8')).toMatch(/pre-commit/);
  });

  it('checks a committed symlink out as a plain file, and reports its mode so it can be refused', async () => {
    const remote = await world.remote(transport);
    const git = await mallory(remote);
    fs.mkdirSync(path.join(world.folder('mallory'), 'notes'));
    fs.symlinkSync('../../../outside/secret.txt', path.join(world.folder('mallory'), 'notes', 'link.md'));
    await git(['add', '-A']);
    await git(['commit', '-q', '-m', 'Symlink']);
    await git(['push', '-q', 'origin', 'HEAD:main']);

    const ben = await GitRepo.clone(remote.url, world.folder('ben'), { runner: world.runner() });
    const checkedOut = path.join(ben.dir, 'notes', 'link.md');
    expect(fs.lstatSync(checkedOut).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(checkedOut, 'utf8')).toBe('../../../outside/secret.txt');
    const head = await ben.head();
    if (head === null) throw new Error('nothing cloned');
    expect(await ben.changes(null, head)).toEqual([{ path: 'notes/link.md', status: 'A', mode: '120000' }]);
    expect((await ben.entry(head, 'notes/link.md'))?.mode).toBe('120000');
  });
});

describe('GitRepo, locally', () => {
  const temp = useTempDir('aux-desk-git-local-');
  const world = useGitWorld(temp);

  async function repoWith(files: Record<string, string | Buffer>): Promise<{ repo: GitRepo; head: string }> {
    const repo = await GitRepo.init(world.folder('repo'), { remote: null, runner: world.runner() });
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true });
      fs.writeFileSync(path.join(repo.dir, file), content);
    }
    const head = await repo.commitAll('Files', ana, monday);
    if (head === null) throw new Error('nothing committed');
    return { repo, head };
  }

  it('reads a blob up to maxBytes and refuses a bigger one without reading it', async () => {
    const big = Buffer.alloc(2000, 7);
    const { repo, head } = await repoWith({ 'big.bin': big });
    expect(await repo.entry(head, 'big.bin')).toMatchObject({ mode: '100644', size: 2000, type: 'blob' });
    expect((await repo.readBlob(head, 'big.bin', 2000)).equals(big)).toBe(true);
    const refused = await failureOf(repo.readBlob(head, 'big.bin', 1999));
    expect(refused.kind).toBe('failed');
    expect(refused.words).toMatch(/2000 bytes, more than the 1999/);
    expect((await failureOf(repo.readBlob(head, 'missing.bin', 10))).kind).toBe('failed');
    expect(await repo.entry(head, 'missing.bin')).toBeNull();
  });

  it('lists changes of odd names safely, with deletions as mode 000000', async () => {
    const odd = ['a b.json', 'new\nline.json', 'ünï/çødé.json', '"quoted".json', '*.json'];
    const { repo, head } = await repoWith(Object.fromEntries(odd.map((name) => [name, name])));
    expect((await repo.changes(null, head)).map((change) => change.path).sort()).toEqual([...odd].sort());
    const next = await repo.commitTree({
      parents: [head],
      base: head,
      changes: new Map([
        ['new\nline.json', null],
        ['*.json', Buffer.from('changed')],
      ]),
      message: 'Edit',
      author: ana,
      now: monday,
    });
    expect(await repo.changes(head, next)).toEqual([
      { path: '*.json', status: 'M', mode: '100644' },
      { path: 'new\nline.json', status: 'D', mode: '000000' },
    ]);
    expect((await repo.readBlob(next, 'a b.json', 100)).toString()).toBe('a b.json');
  });

  it.each(['.git/hooks/post-merge', '../outside.json', '/abs.json', 'a//b.json', 'sub/.GIT/config', 'a\\b.json'])(
    'commitTree refuses the path %j',
    async (bad) => {
      const { repo, head } = await repoWith({ 'a.json': '{}' });
      const changes = new Map([[bad, Buffer.from('x')]]);
      const attempt = repo.commitTree({ parents: [head], base: head, changes, message: 'x', author: ana, now: monday });
      expect((await failureOf(attempt)).kind).toBe('failed');
    },
  );

  it('makes the same commit from the same inputs, and none when nothing changed', async () => {
    const first = await repoWith({ 'a.json': '{}\n' });
    fs.rmSync(first.repo.dir, { recursive: true });
    const second = await repoWith({ 'a.json': '{}\n' });
    expect(second.head).toBe(first.head);
    expect(await second.repo.commitAll('Again', ana, monday)).toBeNull();
  });

  it('keeps a commit on a branch of its own, never main', async () => {
    const { repo, head } = await repoWith({ 'a.json': '{}' });
    await repo.keepBranch('conflict/2024-12-02', head);
    expect((await plainGit(repo.dir, world.runner().env ?? {}, ['rev-parse', 'conflict/2024-12-02'])).trim()).toBe(
      head,
    );
    expect((await failureOf(repo.keepBranch('main', head))).kind).toBe('failed');
    expect((await failureOf(repo.keepBranch('-d', head))).kind).toBe('failed');
    expect((await failureOf(repo.keepBranch('bad..name', head))).kind).toBe('failed');
  });

  it('opens only a repository whose top is the folder, on main', async () => {
    const { repo } = await repoWith({ 'sub/a.json': '{}' });
    const open = (dir: string) => failureOf(GitRepo.open(dir, { runner: world.runner() }));
    expect((await open(path.join(repo.dir, 'sub'))).kind).toBe('not-a-repo');
    expect((await open(world.folder('nowhere'))).kind).toBe('not-a-repo');
    fs.mkdirSync(world.folder('plain'));
    expect((await open(world.folder('plain'))).kind).toBe('not-a-repo');
    await plainGit(repo.dir, world.runner().env ?? {}, ['switch', '-q', '-c', 'other']);
    expect((await open(repo.dir)).words).toMatch(/not on branch main/);
  });

  it('will not overwrite an untracked file, nor clone into a folder that has files', async () => {
    const { repo: source, head } = await repoWith({ 'a.json': '{"theirs":true}' });
    const mine = await GitRepo.init(world.folder('mine'), { remote: null, runner: world.runner() });
    fs.writeFileSync(path.join(mine.dir, 'a.json'), '{"mine":true}');
    await plainGit(mine.dir, world.runner().env ?? {}, ['fetch', '-q', source.dir, 'main']);
    expect((await failureOf(mine.moveTo(head))).words).toMatch(/would be overwritten/);
    expect(fs.readFileSync(path.join(mine.dir, 'a.json'), 'utf8')).toBe('{"mine":true}');
    const error = await failureOf(GitRepo.clone(source.dir, mine.dir, { runner: world.runner() }));
    expect(error.words).toMatch(/not empty/);
    expect(fs.existsSync(path.join(mine.dir, '.git'))).toBe(true);
  });

  it('says how to install git when there is none', async () => {
    const runner = { ...world.runner(), gitPath: path.join(temp(), 'no-git-here') };
    const error = await failureOf(GitRepo.init(world.folder('repo'), { remote: null, runner }));
    expect(error.kind).toBe('missing');
    expect(error.words).toMatch(/install/);
  });
});
