import { describe, expect, it } from 'vitest';
import { person, validInput } from '../../support/fixtures';
import { useTeamWorld } from './teamWorld';

describe('This week with a team workspace', { timeout: 30_000 }, () => {
  const world = useTeamWorld();

  it('stays personal: a teammate’s shared engagement shows its tasks only to its people (by email)', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId } = await world.sharedRetro(ana, remote);
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    const today = '2026-03-05';
    const anaItems = await ana.call('home:week', { today });
    expect(anaItems.some((item) => item.engagementId === engagementId)).toBe(true);
    expect((await ben.call('home:week', { today })).filter((item) => item.engagementId === engagementId)).toEqual([]);

    // Ana adds Ben to the engagement's people: his This week has its tasks after the next sync.
    const engagement = await ana.call('engagements:get', { id: engagementId });
    const people = [
      ...engagement.people,
      person({ id: 'p-ben', name: 'Ben', email: 'ben@example.com', role: 'engineer' }),
    ];
    const { name, hostTeam, homeTeam, startDate, endDate, status, endedEarlyReason } = engagement;
    const input = { name, hostTeam, homeTeam, startDate, endDate, status, endedEarlyReason, people };
    await ana.call('engagements:update', { id: engagementId, input });
    await ana.sync();
    await ben.sync();
    expect((await ben.call('home:week', { today })).some((item) => item.engagementId === engagementId)).toBe(true);
  });

  it('the capacity rules cover every engineer of the workspace: one engineer in two laptops’ engagements is warned on both', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    // Ana's shared engagement (Mar 2 – May 11) has Ada Lovelace as engineer (the fixture's first person).
    const { engagementId } = await world.sharedRetro(ana, remote);
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    const overlapping = await ben.call(
      'engagements:create',
      validInput({
        name: 'Ledger',
        startDate: '2026-04-06',
        endDate: '2026-06-15',
        people: [person(), person({ id: 'p-ben', name: 'Ben', email: 'ben@example.com', role: 'advisor' })],
      }),
    );
    await ben.call('team:move', { engagementId: overlapping.id, to: 'workspace' });
    await ben.sync();
    await ana.sync();
    const today = '2026-03-05';
    for (const laptop of [ana, ben]) {
      const capacity = (await laptop.call('home:week', { today })).filter((item) => item.kind === 'capacity');
      expect(capacity.map((item) => item.detail).join(' '), laptop.name).toMatch(/Ada Lovelace/);
    }
    expect(engagementId).not.toBe(overlapping.id);
  });
});
