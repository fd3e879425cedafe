import { describe, expect, it } from 'vitest';
import { TEAM_STATES, type TeamStatus } from '../../../../../shared/ipc/team';
import { syncWords } from '../../../../../renderer/features/team/syncWords';
import { NO_TEAM } from '../../../../../renderer/store/teamSlice';

const workspace = { dir: '/home/ana/aux-team', remote: 'git@example.com:team/aux.git', engagementIds: [] };
const status = (patch: Partial<TeamStatus>): TeamStatus => ({ ...NO_TEAM, workspace, ...patch });
/** The moment as given, so the words do not depend on the machine's zone. */
const asGiven = (iso: string) => `at ${iso}`;

describe('the sync status in words', () => {
  it('is hidden without a workspace', () => {
    expect(syncWords(NO_TEAM, asGiven)).toBeNull();
  });

  it('has words, a glyph and a click for every state but none', () => {
    for (const state of TEAM_STATES.filter((s) => s !== 'none')) {
      const words = syncWords(status({ state }), asGiven);
      expect(words?.label, state).toMatch(/\S/);
      expect(words?.detail, state).toMatch(/\.$/);
      expect(words?.icon, state).toMatch(/\S/);
    }
  });

  it('says when the last sync was, or that there was none, and that a click syncs', () => {
    expect(syncWords(status({ state: 'up-to-date', lastSyncAt: '2027-02-11T15:00:00.000Z' }), asGiven)).toEqual({
      label: 'Up to date',
      detail: 'Last synced at 2027-02-11T15:00:00.000Z.',
      clickHint: 'Click to sync now.',
      tone: 'ok',
      icon: '✓',
      click: 'sync',
    });
    expect(syncWords(status({ state: 'up-to-date' }), asGiven)?.detail).toBe('Not synced yet.');
  });

  it('counts the changes to send and the conflicts, one and many', () => {
    expect(syncWords(status({ state: 'to-send', toSend: 1 }), asGiven)?.label).toBe('1 change to send');
    expect(syncWords(status({ state: 'to-send', toSend: 3 }), asGiven)?.label).toBe('3 changes to send');
    expect(syncWords(status({ state: 'conflict', conflicts: 1 }), asGiven)?.label).toBe('1 conflict');
    expect(syncWords(status({ state: 'conflict', conflicts: 2 }), asGiven)?.label).toBe('2 conflicts');
    // A conflict state before main has counted them still reads as one.
    expect(syncWords(status({ state: 'conflict', conflicts: 0 }), asGiven)?.label).toBe('Conflict');
  });

  it('opens the conflict view on a conflict, does nothing while syncing, and syncs otherwise', () => {
    expect(syncWords(status({ state: 'conflict', conflicts: 1 }), asGiven)?.click).toBe('conflicts');
    expect(syncWords(status({ state: 'syncing' }), asGiven)).toMatchObject({
      label: 'Syncing…',
      click: 'none',
      clickHint: null,
    });
    expect(syncWords(status({ state: 'conflict', conflicts: 1 }), asGiven)?.clickHint).toBe(
      'Click to choose which to keep.',
    );
    expect(syncWords(status({ state: 'offline' }), asGiven)?.click).toBe('sync');
    expect(syncWords(status({ state: 'failed' }), asGiven)?.click).toBe('sync');
  });

  it('gives main’s reason when a sync failed or the remote is out of reach', () => {
    const failed = syncWords(
      status({ state: 'failed', message: 'The remote refused the push: permission denied.' }),
      asGiven,
    );
    expect(failed).toMatchObject({ label: 'Sync failed', tone: 'error' });
    expect(failed?.detail).toBe('The remote refused the push: permission denied. Nothing was lost.');
    expect(syncWords(status({ state: 'failed' }), asGiven)?.detail).toBe(
      'The last sync did not finish. Nothing was lost.',
    );
    const offline = syncWords(status({ state: 'offline', toSend: 2, message: 'No network.' }), asGiven);
    expect(offline?.label).toBe('Offline — changes wait');
    expect(offline?.detail).toBe('No network. Everything keeps working here; 2 changes wait and go at the next sync.');
  });
});
