import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTeamWorld } from './teamWorld';

describe.each(['http', 'file'] as const)('a team workspace over %s', { timeout: 30_000 }, (transport) => {
  const world = useTeamWorld();

  it('A takes retro notes and syncs; B joins and reads them; nothing personal is in the repository', async () => {
    const remote = await world.remote(transport);
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ana.note(engagementId, retroId, 'wentWell', 'Deploys got faster');
    const sent = await ana.sync();
    expect(sent).toMatchObject({ state: 'up-to-date', toSend: 0, conflicts: 0 });

    const ben = world.laptop('Ben');
    const joined = await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(joined.state).toBe('up-to-date');
    expect(joined.workspace?.engagementIds).toEqual([engagementId]);
    expect(ben.noteText(engagementId, retroId, 'wentWell')).toBe('Deploys got faster');
    // Authorship from git: "Edited by Ana" on Ben's laptop, "You" on Ana's.
    const record = `retros/2026-03-05-${retroId}.json`;
    expect((await ben.call('team:edits', { engagementId })).find((e) => e.record === record)).toMatchObject({
      by: 'Ana',
    });
    expect((await ana.call('team:edits', { engagementId })).find((e) => e.record === record)).toMatchObject({
      by: 'You',
    });

    const files = world.remoteFiles(remote);
    expect(files).toContain('README.md');
    expect(files).toContain(`engagements/${engagementId}/engagement.json`);
    expect(files).toContain(`engagements/${engagementId}/retros/2026-03-05-${retroId}.json`);
    // The notes as Markdown beside the record, to read on the git host.
    const markdown = fs.readFileSync(
      path.join(ben.workspace, 'engagements', engagementId, 'retros', `2026-03-05-${retroId}.md`),
      'utf8',
    );
    expect(markdown).toContain('## Went well');
    expect(markdown).toContain('Deploys got faster');
    // Settings, mail, outbox, notices, snapshots, quarantine, the index: never in the repository.
    for (const file of files) expect(file, file).toMatch(/^(README\.md|\.gitignore|engagements\/[^/]+\/.+)$/);
    expect(files.some((f) => /settings|mail|outbox|notices|snapshots|quarantine|index|team\.json/.test(f))).toBe(false);
  });

  it('offline, both edit different sections of one retro; after syncing both edits are on both laptops', async () => {
    const remote = await world.remote(transport);
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });

    await ana.note(engagementId, retroId, 'wentWell', 'Pairing worked');
    await ben.note(engagementId, retroId, 'wentPoorly', 'Flaky tests');
    await ana.sync();
    await ben.sync();
    await ana.sync();

    for (const laptop of [ana, ben]) {
      expect(laptop.noteText(engagementId, retroId, 'wentWell')).toBe('Pairing worked');
      expect(laptop.noteText(engagementId, retroId, 'wentPoorly')).toBe('Flaky tests');
    }
    expect(world.tree(ana.workspace)).toEqual(world.tree(ben.workspace));
    expect((await ana.call('team:status', {})).conflicts).toBe(0);
  });

  it('both edit the same section: both versions are kept and shown; picking one converges both laptops', async () => {
    const remote = await world.remote(transport);
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });

    await ana.note(engagementId, retroId, 'doNextTime', 'Ship on Tuesday');
    await ben.note(engagementId, retroId, 'doNextTime', 'Ship on Thursday');
    await ana.sync();
    const merged = await ben.sync();
    expect(merged).toMatchObject({ state: 'conflict', conflicts: 1 });

    const [conflict] = await ben.call('team:conflicts', {});
    expect(conflict).toMatchObject({ engagementName: 'Checkout', oursBy: 'You', theirsBy: 'Ana' });
    expect(conflict?.fields).toHaveLength(1);
    expect(conflict?.fields[0]).toMatchObject({ label: 'Do next time', kind: 'note', canKeepBoth: true });
    expect(JSON.stringify(conflict?.fields[0]?.ours)).toContain('Ship on Thursday');
    expect(JSON.stringify(conflict?.fields[0]?.theirs)).toContain('Ship on Tuesday');

    // Ana sees the same conflict after her next sync.
    await ana.sync();
    expect((await ana.call('team:conflicts', {}))[0]?.id).toBe(conflict?.id);

    if (!conflict) throw new Error('no conflict');
    const resolved = await ben.call('team:resolve', { engagementId, conflictId: conflict.id, choices: ['theirs'] });
    expect(resolved.conflicts).toBe(0);
    expect(ben.noteText(engagementId, retroId, 'doNextTime')).toBe('Ship on Tuesday');
    await ben.sync();
    await ana.sync();
    expect(ana.noteText(engagementId, retroId, 'doNextTime')).toBe('Ship on Tuesday');
    expect((await ana.call('team:status', {})).conflicts).toBe(0);
    expect(world.tree(ana.workspace)).toEqual(world.tree(ben.workspace));
  });

  it('one laptop moves a retro to another day while the other writes in it: one retro, both changes', async () => {
    const remote = await world.remote(transport);
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });

    await ana.call('retros:update', { engagementId, retroId, patch: { date: '2026-03-06' } });
    await ben.note(engagementId, retroId, 'wentWell', 'Written in the retro before it moved');
    await ana.sync();
    await ben.sync();
    await ana.sync();

    for (const laptop of [ana, ben]) {
      const retros = laptop.services.engagements.readDoc(engagementId).retro.retros.filter((r) => r.id === retroId);
      expect(
        retros.map((r) => r.date),
        laptop.name,
      ).toEqual(['2026-03-06']);
      expect(laptop.noteText(engagementId, retroId, 'wentWell')).toBe('Written in the retro before it moved');
    }
    const files = world.remoteFiles(remote).filter((f) => f.includes(retroId) && f.endsWith('.json'));
    expect(files).toEqual([`engagements/${engagementId}/retros/2026-03-06-${retroId}.json`]);
    expect(world.tree(ana.workspace)).toEqual(world.tree(ben.workspace));
  });
});
