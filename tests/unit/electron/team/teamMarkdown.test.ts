import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { TeamRemote } from '../../support/gitRemotes';
import { useTeamWorld } from './teamWorld';

/** The retro's Markdown as the remote's main holds it (what the team reads on its git host). */
function remoteMarkdown(remote: TeamRemote, engagementId: string, retroId: string): string {
  return execFileSync(
    'git',
    ['--git-dir', remote.bare, 'show', `main:engagements/${engagementId}/retros/2026-03-05-${retroId}.md`],
    { encoding: 'utf8' },
  );
}

describe('the notes’ Markdown after a merge', () => {
  const world = useTeamWorld('aux-team-md-');

  it('is written from the merged record and sent with the merge: nothing is left to send afterwards', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });

    await ana.note(engagementId, retroId, 'wentWell', 'Pairing worked');
    await ben.note(engagementId, retroId, 'wentPoorly', 'Flaky tests');
    await ana.sync();
    const merged = await ben.sync();

    expect(merged).toMatchObject({ state: 'up-to-date', toSend: 0 });
    const markdown = remoteMarkdown(remote, engagementId, retroId);
    expect(markdown).toContain('Pairing worked');
    expect(markdown).toContain('Flaky tests');
    // What the quiet period's commit then finds: nothing (it once committed the Markdown, "1 change to send").
    expect(await ben.services.team.commitNow()).toMatchObject({ state: 'up-to-date', toSend: 0 });
  });
});
