import { useAppStore } from '../../store';
import { autosave } from '../notes/autosave';

/**
 * File › Sync with the Team, the palette's command and the sync status: one action. With no
 * workspace on this laptop there is nothing to sync, so it says where one is made.
 */
export async function syncWithTeam(): Promise<void> {
  const store = useAppStore.getState();
  if (store.team.state === 'none') {
    store.navigate({ kind: 'settings' });
    store.pushToast({
      tone: 'info',
      message: 'There is no team workspace on this laptop yet: create or join one in Settings › Team.',
    });
    return;
  }
  // What was typed a moment ago waits on the editors' debounce: saved first, so this sync sends it.
  await autosave.flushAll();
  await store.syncTeam();
}

/** Opens the conflict view (the sync status's "1 conflict", the palette). */
export function showConflicts(): void {
  useAppStore.getState().setConflictsOpen(true);
}
