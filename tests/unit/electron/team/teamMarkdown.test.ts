import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useTeamWorld } from './teamWorld';

// Seen in the convergence drill: after a merge the remote held the merged record beside the
// Markdown of one side, until some laptop's next sync; and every laptop then committed the
// same regenerated Markdown, so the laptops needed several rounds of syncs to go quiet.
describe('the Markdown beside a retro after a merge', () => {
  const world = useTeamWorld();

  it('is the merged notes on the remote as soon as the merging laptop has synced', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    await ana.note(engagementId, retroId, 'wentWell', 'Pairing worked');
    await ben.note(engagementId, retroId, 'wentPoorly', 'Flaky tests');
    await ana.sync();
    await ben.sync();

    const file = `main:engagements/${engagementId}/retros/2026-03-05-${retroId}.md`;
    const markdown = execFileSync('git', ['--git-dir', remote.bare, 'show', file], { encoding: 'utf8' });
    expect(markdown).toContain('Pairing worked');
    expect(markdown).toContain('Flaky tests');
    // Ana takes the merge as it is: nothing of hers to commit, so nothing to send back.
    const head = execFileSync('git', ['--git-dir', remote.bare, 'rev-parse', 'main'], { encoding: 'utf8' });
    expect(await ana.sync()).toMatchObject({ state: 'up-to-date', toSend: 0 });
    expect(execFileSync('git', ['--git-dir', remote.bare, 'rev-parse', 'main'], { encoding: 'utf8' })).toBe(head);
  }, 30_000);
});
