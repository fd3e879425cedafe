import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainGit } from '../../support/gitEnv';
import { useTeamWorld, type Laptop } from './teamWorld';

/** A teammate's clone made with plain git (no hardening), to push what an attacker or a careless script would. */
async function teammateClone(
  world: ReturnType<typeof useTeamWorld>,
  url: string,
): Promise<(args: string[]) => Promise<string>> {
  const dir = path.join(world.temp(), 'mallory');
  const env = world.git.runner().env ?? {};
  await plainGit(world.temp(), env, ['clone', '-q', url, dir]);
  return (args) => plainGit(dir, env, args);
}

function retroFile(laptop: Laptop, engagementId: string, retroId: string): string {
  return path.join(laptop.workspace, 'engagements', engagementId, 'retros', `2026-03-05-${retroId}.json`);
}

describe('team sync faults: each gives a clear status and loses nothing', { timeout: 30_000 }, () => {
  const world = useTeamWorld();

  it('server down: offline in words, edits pile up as commits; back up, they are sent', async () => {
    const remote = await world.remote('http');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await remote.server?.stop();
    await ana.note(engagementId, retroId, 'wentWell', 'Typed while the server was down');
    const offline = await ana.sync();
    expect(offline.state).toBe('offline');
    expect(offline.message).toMatch(/127\.0\.0\.1/);
    expect(offline.toSend).toBeGreaterThan(0);
    expect(ana.noteText(engagementId, retroId, 'wentWell')).toBe('Typed while the server was down');

    await remote.server?.restart();
    expect(await ana.sync()).toMatchObject({ state: 'up-to-date', toSend: 0 });
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(ben.noteText(engagementId, retroId, 'wentWell')).toBe('Typed while the server was down');
  });

  it('a push rejected because the remote moved meanwhile runs the round again and goes through', async () => {
    const remote = await world.remote('file');
    // Ana's git: once armed, right before her next push a teammate pushes first (the race a real team has).
    const mallory = path.join(world.temp(), 'mallory');
    const armed = path.join(world.temp(), 'armed');
    const raced = path.join(world.temp(), 'raced');
    const racingGit = path.join(world.temp(), 'racing-git');
    fs.writeFileSync(
      racingGit,
      [
        '#!/bin/sh',
        'for arg in "$@"; do',
        `  if [ "$arg" = push ] && [ -e '${armed}' ] && [ ! -e '${raced}' ]; then`,
        `    touch '${raced}'`,
        `    GIT_AUTHOR_NAME=Mallory GIT_AUTHOR_EMAIL=m@example.com GIT_COMMITTER_NAME=Mallory GIT_COMMITTER_EMAIL=m@example.com git -C '${mallory}' commit -q --allow-empty -m 'Pushed first' || exit 9`,
        `    git -C '${mallory}' push -q origin main`,
        '  fi',
        'done',
        'exec git "$@"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const ana = world.laptop('Ana', { gitPath: racingGit });
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await teammateClone(world, remote.url);
    fs.writeFileSync(armed, '');
    await ana.note(engagementId, retroId, 'wentPoorly', 'Sent on the second try');
    const status = await ana.sync();
    expect(fs.existsSync(raced)).toBe(true);
    expect(status).toMatchObject({ state: 'up-to-date', toSend: 0 });
    // The teammate's commit landed first, and Ana's went on top of it.
    const subjects = execFileSync('git', ['--git-dir', remote.bare, 'log', '--format=%s', 'main'], {
      encoding: 'utf8',
    });
    expect(subjects).toMatch(/Merge the team's changes \(Ana\)[\s\S]*Pushed first/);
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(ben.noteText(engagementId, retroId, 'wentPoorly')).toBe('Sent on the second try');
  });

  it('a network cut mid-push fails in words and loses nothing; the next sync sends it', async () => {
    const remote = await world.remote('http');
    // Ana's git: once armed, her next push is cut off half way (killed), as a dropped connection would.
    const armed = path.join(world.temp(), 'armed');
    const cutGit = path.join(world.temp(), 'cut-git');
    fs.writeFileSync(
      cutGit,
      [
        '#!/bin/sh',
        'for arg in "$@"; do',
        `  if [ "$arg" = push ] && [ -e '${armed}' ]; then`,
        `    rm -f '${armed}'`,
        '    git "$@" & pid=$!',
        '    sleep 0.05',
        '    kill -9 $pid 2>/dev/null',
        '    echo "fatal: the remote end hung up unexpectedly" >&2',
        '    exit 128',
        '  fi',
        'done',
        'exec git "$@"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const ana = world.laptop('Ana', { gitPath: cutGit });
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    fs.writeFileSync(armed, '');
    await ana.note(engagementId, retroId, 'doNextTime', 'Typed before the connection dropped');
    const cut = await ana.sync();
    expect(['offline', 'failed']).toContain(cut.state);
    expect(cut.message).toBeTruthy();
    expect(ana.noteText(engagementId, retroId, 'doNextTime')).toBe('Typed before the connection dropped');

    expect(await ana.sync()).toMatchObject({ state: 'up-to-date', toSend: 0 });
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(ben.noteText(engagementId, retroId, 'doNextTime')).toBe('Typed before the connection dropped');
  });

  it('a corrupt record pulled from the team is left in place and not read; the rest of the engagement loads', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    const second = await ana.call('retros:create', { engagementId, date: '2026-03-12' });
    await ana.sync();
    const git = await teammateClone(world, remote.url);
    const rel = `engagements/${engagementId}/retros/2026-03-12-${second.id}.json`;
    fs.writeFileSync(path.join(world.temp(), 'mallory', rel), '{"schemaVersion": 10, "kind": "retro", "oops": ');
    await git(['commit', '-qam', 'Break a retro']);
    await git(['push', '-q', 'origin', 'main']);

    const status = await ana.sync();
    expect(status.state).toBe('up-to-date');
    const retros = ana.services.engagements.readDoc(engagementId).retro.retros.map((r) => r.id);
    expect(retros).toContain(retroId);
    const report = await ana.call('app:startupReport', {});
    expect(
      report.problems.some(
        (p) => p.record === `retros/2026-03-12-${second.id}.json` && /team workspace/.test(p.message),
      ),
    ).toBe(true);
    // Left in place, never written over or deleted: the team's file is the team's to fix.
    expect(fs.readFileSync(path.join(ana.workspace, rel), 'utf8')).toContain('"oops"');
    await ana.note(engagementId, retroId, 'notes', 'Still saving');
    await ana.sync();
    expect(world.remoteFiles(remote)).toContain(rel);
  });

  it('links, huge files and git control files from the team are refused, in words; what was there stays', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    const git = await teammateClone(world, remote.url);
    const mallory = path.join(world.temp(), 'mallory');
    const lifecycle = path.join(mallory, 'engagements', engagementId, 'lifecycle.json');
    fs.rmSync(lifecycle, { force: true });
    fs.symlinkSync('/etc/passwd', lifecycle);
    fs.writeFileSync(path.join(mallory, '.gitattributes'), '*.json filter=evil\n');
    fs.writeFileSync(
      path.join(mallory, 'engagements', engagementId, 'goals.json'),
      Buffer.alloc(17 * 1024 * 1024, 0x20),
    );
    await git(['add', '-A']);
    await git(['commit', '-qm', 'Hostile']);
    await git(['push', '-q', 'origin', 'main']);

    const status = await ana.sync();
    expect(status.message).toMatch(/lifecycle\.json \(it is a link or a submodule/);
    expect(status.message).toMatch(/\.gitattributes \(it is not a file Aux Desk keeps/);
    expect(status.message).toMatch(/goals\.json \(it is larger than 16 MB\)/);
    expect(fs.existsSync(path.join(ana.workspace, '.gitattributes'))).toBe(false);
    const anaLifecycle = path.join(ana.workspace, 'engagements', engagementId, 'lifecycle.json');
    expect(fs.lstatSync(anaLifecycle, { throwIfNoEntry: false })?.isSymbolicLink() ?? false).toBe(false);
    expect(ana.services.engagements.readDoc(engagementId).retro.retros.map((r) => r.id)).toEqual([retroId]);
    expect(fs.statSync(path.join(ana.workspace, 'engagements', engagementId, 'goals.json')).size).toBeLessThan(
      1024 * 1024,
    );
  });

  it('a remote rewritten by force-push deletes nothing here: this laptop keeps its history on a branch and both sides’ records', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ana.note(engagementId, retroId, 'wentWell', 'Before the rewrite');
    await ana.sync();
    // A teammate replaces main with a history of its own.
    const git = await teammateClone(world, remote.url);
    await git(['checkout', '-q', '--orphan', 'rewritten']);
    await git(['rm', '-rq', '--cached', '.']);
    fs.rmSync(path.join(world.temp(), 'mallory', 'engagements'), { recursive: true, force: true });
    fs.writeFileSync(path.join(world.temp(), 'mallory', 'NOTES.md'), 'A fresh start\n');
    await git(['add', 'NOTES.md']);
    await git(['commit', '-qm', 'Fresh start']);
    await git(['push', '-qf', 'origin', 'rewritten:main']);

    const status = await ana.sync();
    expect(status.kept).toHaveLength(1);
    expect(status.message).toMatch(/rewritten/);
    expect(ana.noteText(engagementId, retroId, 'wentWell')).toBe('Before the rewrite');
    const files = world.remoteFiles(remote);
    expect(files).toContain('NOTES.md');
    expect(files).toContain(`engagements/${engagementId}/retros/2026-03-05-${retroId}.json`);
  });

  it('a record from a newer version of Aux Desk makes its engagement read-only here, the rest loads', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    const git = await teammateClone(world, remote.url);
    const file = path.join(
      world.temp(),
      'mallory',
      'engagements',
      engagementId,
      'retros',
      `2026-03-05-${retroId}.json`,
    );
    const newer = { ...(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>), schemaVersion: 11 };
    fs.writeFileSync(file, `${JSON.stringify(newer, null, 2)}\n`);
    await git(['commit', '-qam', 'From a newer app']);
    await git(['push', '-q', 'origin', 'main']);

    await ana.sync();
    expect(ana.services.engagements.isReadOnly(engagementId)).toBe(true);
    const report = await ana.call('app:startupReport', {});
    expect(report.problems.some((p) => p.kind === 'newer-version' && p.engagementId === engagementId)).toBe(true);
    expect(JSON.parse(fs.readFileSync(retroFile(ana, engagementId, retroId), 'utf8'))).toMatchObject({
      schemaVersion: 11,
    });
  });

  it('git missing: creating a workspace says how to install git, and nothing changes', async () => {
    const ana = world.laptop('Ana', { gitPath: path.join(world.temp(), 'no-such-git') });
    const error = await ana.fail(
      'team:create',
      { dir: ana.workspace, remote: null, identity: ana.identity },
      'storage',
    );
    expect(error.message).toMatch(/install/i);
    expect(fs.existsSync(ana.workspace)).toBe(false);
    expect(await ana.call('team:status', {})).toMatchObject({ state: 'none', workspace: null });
  });

  it('joining while the remote is unreachable says so; once it is back the team’s engagements arrive', async () => {
    const remote = await world.remote('http');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ana.note(engagementId, retroId, 'wentWell', 'Written before Ben joined');
    await ana.sync();
    await remote.server?.stop();
    const ben = world.laptop('Ben');
    const status = await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(status.state).toBe('offline');
    expect(status.message).toMatch(/127\.0\.0\.1/);
    await remote.server?.restart();
    expect(await ben.sync()).toMatchObject({ state: 'up-to-date' });
    expect(ben.noteText(engagementId, retroId, 'wentWell')).toBe('Written before Ben joined');
  });
});
