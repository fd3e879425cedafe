import { describe, expect, it } from 'vitest';
import { autosave } from '../../../../../renderer/features/notes/autosave';
import { syncWithTeam } from '../../../../../renderer/features/team/teamSync';
import { useAppStore } from '../../../../../renderer/store';
import { noteOf, useTeamWorld } from '../../../electron/team/teamWorld';
import { installBridge, resetStoreAfterEach } from '../../store/bridge';

describe('Sync with the team, right after typing', () => {
  const world = useTeamWorld('aux-sync-typed-');
  resetStoreAfterEach();

  it('sends the words still waiting on the editor’s debounce (they once went only at the next sync)', async () => {
    const remote = await world.remote('file');
    const ana = world.laptop('Ana');
    const { engagementId, retroId } = await world.sharedRetro(ana, remote);
    installBridge(ana.services);
    await useAppStore.getState().loadTeamStatus();

    // What the retro editor does on a keystroke: a save scheduled on the debounce, not yet sent.
    autosave.schedule(`${engagementId}:${retroId}:wentWell`, () =>
      useAppStore.getState().saveRetroNote(engagementId, retroId, 'wentWell', noteOf('Deploys got faster')),
    );
    await syncWithTeam();

    expect(useAppStore.getState().team).toMatchObject({ state: 'up-to-date', toSend: 0 });
    const ben = world.laptop('Ben');
    await ben.call('team:join', { dir: ben.workspace, remote: remote.url, identity: ben.identity });
    expect(ben.noteText(engagementId, retroId, 'wentWell')).toBe('Deploys got faster');
  });
});
