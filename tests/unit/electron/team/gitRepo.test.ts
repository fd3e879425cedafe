import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../../../electron/team/gitRepo';
import { GitError } from '../../../../electron/team/gitRunner';
import { useGitWorld, type Transport } from '../../support/gitRemotes';
import { listFiles, useTempDir } from '../../support/tempDir';

const ana = { name: 'Ana Lima', email: 'ana@example.com' };
const ben = { name: 'Ben Okafor', email: 'ben@example.com' };
const monday = new Date('2024-12-02T09:00:00Z');
const tuesday = new Date('2024-12-03T10:30:00Z');

async function failureOf(promise: Promise<unknown>): Promise<GitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GitError)) throw new Error(`expected a GitError, got ${String(error)}`);
  return error;
}

function write(repo: GitRepo, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true });
  fs.writeFileSync(path.join(repo.dir, file), text);
}

function read(repo: GitRepo, file: string): string {
  return fs.readFileSync(path.join(repo.dir, file), 'utf8');
}

describe.each<Transport>(['file', 'http'])('GitRepo over %s', (transport) => {
  const temp = useTempDir('aux-desk-git-repo-');
  const world = useGitWorld(temp);

  /** Ana starts the team repository with one engagement and pushes it; Ben clones it. */
  async function anaAndBen() {
    const remote = await world.remote(transport);
    const anaRepo = await GitRepo.init(world.folder('ana'), { remote: remote.url, runner: world.runner() });
    write(anaRepo, 'engagements/acme/engagement.json', '{"name":"Acme"}\n');
    const first = await anaRepo.commitAll('Start Acme', ana, monday);
    await anaRepo.push();
    const benRepo = await GitRepo.clone(remote.url, world.folder('ben'), { runner: world.runner() });
    if (first === null) throw new Error('nothing committed');
    return { remote, anaRepo, benRepo, first };
  }

  it('inits, commits, pushes, and clones the same history in another folder', async () => {
    const { remote, anaRepo, benRepo, first } = await anaAndBen();
    expect(await anaRepo.head()).toBe(first);
    expect(await anaRepo.remoteHead()).toBe(first); // push updates origin/main
    expect(await anaRepo.aheadCount()).toBe(0);
    expect(await benRepo.head()).toBe(first);
    expect(await benRepo.remoteUrl()).toBe(remote.url);
    expect(listFiles(benRepo.dir).filter((file) => !file.startsWith('.git/'))).toEqual([
      'engagements/acme/engagement.json',
    ]);
    expect(read(benRepo, 'engagements/acme/engagement.json')).toBe('{"name":"Acme"}\n');
    expect(await benRepo.lastCommitOf('engagements/acme/engagement.json')).toEqual({
      author: 'Ana Lima',
      email: 'ana@example.com',
      date: '2024-12-02T09:00:00+00:00',
    });
    expect(await benRepo.commitAll('Nothing', ben, tuesday)).toBeNull();
  });

  it('clones an empty team repository: no commit yet, branch main, and the first push works', async () => {
    const remote = await world.remote(transport);
    const repo = await GitRepo.clone(remote.url, world.folder('ana'), { runner: world.runner() });
    expect(await repo.head()).toBeNull();
    expect(await repo.remoteHead()).toBeNull();
    expect(await repo.aheadCount()).toBe(0);
    await repo.fetch(); // still empty: no error
    write(repo, 'a.json', '{}\n');
    const commit = await repo.commitAll('First', ana, monday);
    expect(await repo.aheadCount()).toBe(1);
    await repo.push();
    expect(await repo.remoteHead()).toBe(commit);
    expect((await GitRepo.open(repo.dir, { runner: world.runner() })).dir).toBe(repo.dir);
  });

  it('fetches, counts ahead and behind, and finds the merge base of two diverged histories', async () => {
    const { anaRepo, benRepo, first } = await anaAndBen();
    write(anaRepo, 'engagements/acme/retro.json', '{"by":"ana"}\n');
    const anas = await anaRepo.commitAll('Retro', ana, tuesday);
    await anaRepo.push();
    write(benRepo, 'engagements/acme/votes/ben.json', '{"fit":3}\n');
    const bens = await benRepo.commitAll('Vote', ben, tuesday);
    if (anas === null || bens === null) throw new Error('nothing committed');

    expect(await benRepo.remoteHead()).toBe(first); // not fetched yet
    await benRepo.fetch();
    expect(await benRepo.remoteHead()).toBe(anas);
    expect(await benRepo.aheadCount()).toBe(1);
    expect(await benRepo.behindCount()).toBe(1);
    expect(await benRepo.mergeBase(bens, anas)).toBe(first);
    expect(await benRepo.isAncestor(first, anas)).toBe(true);
    expect(await benRepo.isAncestor(bens, anas)).toBe(false);
    expect(await benRepo.changes(first, anas)).toEqual([
      { path: 'engagements/acme/retro.json', status: 'A', mode: '100644' },
    ]);
  });

  it('merges diverged histories with commitTree, leaving the work tree alone until moveTo', async () => {
    const { anaRepo, benRepo, first } = await anaAndBen();
    write(anaRepo, 'engagements/acme/retro.json', '{"by":"ana"}\n');
    const anas = await anaRepo.commitAll('Retro', ana, tuesday);
    await anaRepo.push();
    write(benRepo, 'engagements/acme/votes/ben.json', '{"fit":3}\n');
    const bens = await benRepo.commitAll('Vote', ben, tuesday);
    write(benRepo, 'scratch.txt', 'Ben is typing'); // an edit the merge must not touch
    await benRepo.fetch();
    if (anas === null || bens === null) throw new Error('nothing committed');

    const retro = Buffer.from('{"by":"ana"}\n');
    const merge = await benRepo.commitTree({
      parents: [bens, anas],
      base: bens,
      changes: new Map([['engagements/acme/retro.json', retro]]),
      message: 'Sync with the team',
      author: ben,
      now: tuesday,
    });
    expect(await benRepo.head()).toBe(bens);
    expect(fs.existsSync(path.join(benRepo.dir, 'engagements/acme/retro.json'))).toBe(false);
    expect(await benRepo.changes(anas, merge)).toEqual([
      { path: 'engagements/acme/votes/ben.json', status: 'A', mode: '100644' },
    ]);

    await benRepo.moveTo(merge);
    expect(await benRepo.head()).toBe(merge);
    expect(read(benRepo, 'engagements/acme/retro.json')).toBe('{"by":"ana"}\n');
    expect(read(benRepo, 'scratch.txt')).toBe('Ben is typing');
    await benRepo.push();
    expect(await benRepo.aheadCount()).toBe(0);
    expect(await benRepo.mergeBase(merge, first)).toBe(first);
  });

  it('refuses to move over a file with an uncommitted local edit, changing nothing', async () => {
    const { anaRepo, benRepo, first } = await anaAndBen();
    write(anaRepo, 'engagements/acme/engagement.json', '{"name":"Acme Corp"}\n');
    await anaRepo.commitAll('Rename', ana, tuesday);
    await anaRepo.push();
    write(benRepo, 'engagements/acme/engagement.json', '{"name":"ACME"}\n');
    await benRepo.fetch();
    const theirs = await benRepo.remoteHead();
    if (theirs === null) throw new Error('no remote head');

    const error = await failureOf(benRepo.moveTo(theirs));
    expect(error.kind).toBe('failed');
    expect(error.words).toMatch(/would be overwritten/);
    expect(await benRepo.head()).toBe(first);
    expect(read(benRepo, 'engagements/acme/engagement.json')).toBe('{"name":"ACME"}\n');
  });

  it('refuses to move backwards or sideways', async () => {
    const { anaRepo, first } = await anaAndBen();
    const sideways = await anaRepo.commitTree({
      parents: [],
      base: null,
      changes: new Map([['other.json', Buffer.from('{}')]]),
      message: 'Unrelated',
      author: ana,
      now: tuesday,
    });
    expect((await failureOf(anaRepo.moveTo(sideways))).kind).toBe('failed');
    expect(await anaRepo.head()).toBe(first);
  });

  it('has its push rejected when the team pushed first', async () => {
    const { anaRepo, benRepo } = await anaAndBen();
    write(anaRepo, 'a.json', '{"a":1}\n');
    await anaRepo.commitAll('A', ana, tuesday);
    await anaRepo.push();
    write(benRepo, 'b.json', '{"b":1}\n');
    await benRepo.commitAll('B', ben, tuesday);

    const error = await failureOf(benRepo.push());
    expect(error.kind).toBe('rejected');
    expect(error.words).toMatch(/pushed to the team repository first/);
    expect(error.detail).toMatch(/rejected/);
  });

  it('reports a team repository that does not exist as not found, leaving no folder behind', async () => {
    const remote = await world.remote(transport);
    const wrong = remote.url.replace('team.git', 'no-such-team.git');
    const error = await failureOf(GitRepo.clone(wrong, world.folder('ana'), { runner: world.runner() }));
    expect(error.kind).toBe('not-found');
    expect(error.words).toMatch(/not found/);
    expect(fs.existsSync(world.folder('ana'))).toBe(false);
  });
});

describe('GitRepo over http, when the server misbehaves', () => {
  const temp = useTempDir('aux-desk-git-http-');
  const world = useGitWorld(temp);

  it('reports a stopped server as offline, in words, and works again once it is back', async () => {
    const remote = await world.remote('http');
    const repo = await GitRepo.init(world.folder('ana'), { remote: remote.url, runner: world.runner() });
    write(repo, 'a.json', '{}\n');
    await repo.commitAll('First', ana, monday);
    await remote.server?.stop();

    const error = await failureOf(repo.push());
    expect(error.kind).toBe('offline');
    expect(error.words).toMatch(/^Could not reach 127\.0\.0\.1:\d+: check your network/);
    expect((await failureOf(repo.fetch())).kind).toBe('offline');

    await remote.server?.restart();
    await repo.push();
    expect(await repo.aheadCount()).toBe(0);
  });

  it('fails at once, as auth, when the server wants credentials git does not have', async () => {
    const remote = await world.remote('http', { auth: { user: 'ana', pass: 'right' } });
    const noCredentials = await failureOf(GitRepo.clone(remote.url, world.folder('a'), { runner: world.runner() }));
    expect(noCredentials.kind).toBe('auth');
    const wrongUrl = remote.url.replace('http://', 'http://ana:wrong@');
    const wrongPassword = await failureOf(GitRepo.clone(wrongUrl, world.folder('b'), { runner: world.runner() }));
    expect(wrongPassword.kind).toBe('auth');
    expect(wrongPassword.words).not.toContain('wrong');
    const right = await GitRepo.clone(remote.url.replace('http://', 'http://ana:right@'), world.folder('c'), {
      runner: world.runner(),
    });
    expect(await right.head()).toBeNull();
  });
});
