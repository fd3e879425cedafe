import { describe, expect, it } from 'vitest';
import { useTeamWorld, type Laptop } from './teamWorld';

/** The text of each side of the only conflict, as `laptop`'s conflict view shows it. */
async function shownSides(laptop: Laptop): Promise<{ id: string; ours: string; theirs: string }> {
  const [conflict] = await laptop.call('team:conflicts', {});
  const field = conflict?.fields[0];
  if (!conflict || !field) throw new Error(`${laptop.name} shows no conflict`);
  return { id: conflict.id, ours: JSON.stringify(field.ours), theirs: JSON.stringify(field.theirs) };
}

// Found by the convergence drill (teamConvergence.test.ts, seed 20260315): a resolution wrote
// the values recorded when the conflict was found over what the field held by then.
describe('resolving a conflict after the field was edited again', () => {
  const world = useTeamWorld();

  async function conflictedThenEdited() {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const ben = world.laptop('Ben');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    await ana.note(engagementId, retroId, 'doNextTime', 'Ship on Tuesday');
    await ben.note(engagementId, retroId, 'doNextTime', 'Ship on Thursday');
    await ana.sync();
    expect(await ben.sync()).toMatchObject({ state: 'conflict', conflicts: 1 });
    // Ben goes on typing in the section while the conflict waits.
    await ben.note(engagementId, retroId, 'doNextTime', 'Ship on Thursday, after the demo');
    return { ana, ben, engagementId, retroId };
  }

  it('shows what the field holds now as this side, and keeping it keeps the later typing', async () => {
    const { ben, engagementId, retroId } = await conflictedThenEdited();
    const sides = await shownSides(ben);
    expect(sides.ours).toContain('Ship on Thursday, after the demo');
    expect(sides.theirs).toContain('Ship on Tuesday');

    await ben.call('team:resolve', { engagementId, conflictId: sides.id, choices: ['ours'] });
    expect(ben.noteText(engagementId, retroId, 'doNextTime')).toBe('Ship on Thursday, after the demo');
  }, 30_000);

  it('keeping both joins what the field holds now with the other side', async () => {
    const { ana, ben, engagementId, retroId } = await conflictedThenEdited();
    const { id } = await shownSides(ben);
    await ben.call('team:resolve', { engagementId, conflictId: id, choices: ['both'] });
    expect(ben.noteText(engagementId, retroId, 'doNextTime')).toBe('Ship on Thursday, after the demoShip on Tuesday');
    await ben.sync();
    await ana.sync();
    expect(ana.noteText(engagementId, retroId, 'doNextTime')).toBe('Ship on Thursday, after the demoShip on Tuesday');
  }, 30_000);
});
