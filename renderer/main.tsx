import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invoke, messageOf, on } from './api';
import { localDateOf } from '../shared/dates';
import { screenOf } from '../shared/screens';
import { App } from './App';
import { autosave } from './features/notes/autosave';
import { openThisWeeksRetro } from './features/retro/thisWeeksRetro';
import { settingsAutosave } from './features/settings/settingsAutosave';
import { presentRetro } from './features/retro/presenter/presentRetro';
import { syncWithTeam } from './features/team/teamSync';
import { useAppStore } from './store';
import { applyDiskChange } from './store/diskChanges';
import './styles/tokens.css';
import './styles/app.css';

async function boot(): Promise<void> {
  const store = useAppStore.getState();
  // Menu items carry no logic: each action maps to a store action here.
  on('menu', ({ action }) => {
    if (action === 'new-engagement') useAppStore.getState().startNew();
    else if (action === 'command-palette') useAppStore.getState().setPaletteOpen(true);
    else if (action === 'this-weeks-retro') void openThisWeeksRetro(localDateOf(new Date()));
    else if (action === 'keyboard-shortcuts') useAppStore.getState().setShortcutsOpen(true);
    // The retro on screen presents itself; elsewhere this week's retro opens first (presentRetro).
    else if (action === 'present-retro') void presentRetro(localDateOf(new Date()));
    else if (action === 'team-sync') void syncWithTeam();
    else useAppStore.getState().navigate({ kind: screenOf(action) });
  });
  on('storage-error', ({ what, message, attempt }) => {
    // One notice per failing file, not one per retry.
    if (attempt > 1) return;
    useAppStore.getState().pushToast({
      tone: 'error',
      message: `Could not save ${what}: ${message}. Your changes are kept and Aux Desk keeps trying; check the disk and the data folder.`,
    });
  });
  on('storage-conflict', ({ what, copy, how }) => {
    useAppStore.getState().pushToast({
      tone: 'error',
      message: `${what} was ${how} by another program (a sync tool, another copy of Aux Desk, an editor) while it was open here. It was not written over: your changes since are kept in ${copy} in the data folder. Restart Aux Desk to see the other version.`,
    });
  });
  // The close handshake: save everything pending (notes and settings), then tell main the window may go.
  const flushAll = () => Promise.all([autosave.flushAll(), settingsAutosave.flushAll()]);
  on('lifecycle', () => {
    void flushAll()
      .catch(() => undefined)
      .then(() => invoke('app:readyToClose', {}))
      .catch(() => undefined);
  });
  window.addEventListener('pagehide', () => void flushAll());
  on('outbox-changed', () => void useAppStore.getState().loadOutbox());
  on('search-progress', ({ progress }) => useAppStore.getState().setSearchProgress(progress));
  on('search-updated', () => useAppStore.getState().searchUpdated());
  // Another program changed an engagement's folder: main holds the new version; show it.
  on('engagement-changed', (change) => {
    void applyDiskChange(change);
    void useAppStore.getState().refreshProblems();
  });
  // A desktop notification was clicked (main has brought the window to the front).
  on('open-item', ({ engagementId, link }) => void useAppStore.getState().openItem(engagementId, link));
  // The team workspace's sync status, pushed by main whenever it moves (a sync, a save waiting to go, a conflict).
  on('team-status', (status) => {
    const was = useAppStore.getState().team.state;
    useAppStore.getState().setTeamStatus(status);
    // A sync that pulled a record it could not read says so in the banner, as at start-up.
    if (was === 'syncing' && status.state !== 'syncing') void useAppStore.getState().refreshProblems();
  });
  try {
    const [report, settings] = await Promise.all([invoke('app:startupReport', {}), invoke('settings:get', {})]);
    store.setStartup(report, settings);
  } catch (error) {
    store.pushToast({ tone: 'error', message: `Start-up check failed: ${messageOf(error)}` });
  }
  await Promise.all([store.loadList(), store.loadOutbox(), store.loadTeamStatus()]);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void boot();
