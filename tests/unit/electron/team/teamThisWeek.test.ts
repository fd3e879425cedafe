import { describe, expect, it } from 'vitest';
import { person } from '../../support/fixtures';
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
});
