import type { TeamState, TeamStatus } from '../../../shared/ipc/team';

/** How the sync status looks: the colour of its pill. */
export type SyncTone = 'ok' | 'pending' | 'busy' | 'warn' | 'error';

/** What clicking the sync status does: sync, open the conflict view, or nothing (a sync runs). */
export type SyncClick = 'sync' | 'conflicts' | 'none';

export interface SyncWords {
  /** The pill's words, and its accessible name: "Up to date", "3 changes to send". */
  label: string;
  /** The longer sentence: how it stands, and why (main's reason when a sync failed). */
  detail: string;
  /** What a click on the sync status does, in words ("Click to sync now."); null when it does nothing. */
  clickHint: string | null;
  tone: SyncTone;
  /** A glyph beside the words (hidden from screen readers: the words say it). */
  icon: string;
  click: SyncClick;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const CLICK_TO_SYNC = 'Click to sync now.';

/**
 * The sync status in words, for each state of the workspace; null when there is no workspace
 * (the status is hidden). `formatMoment` writes the last sync's moment ("Thu 3 Dec, 15:00").
 */
export function syncWords(status: TeamStatus, formatMoment: (iso: string) => string): SyncWords | null {
  const last = status.lastSyncAt ? `Last synced ${formatMoment(status.lastSyncAt)}.` : 'Not synced yet.';
  const state: TeamState = status.state;
  switch (state) {
    case 'none':
      return null;
    case 'up-to-date':
      return { label: 'Up to date', detail: last, clickHint: CLICK_TO_SYNC, tone: 'ok', icon: '✓', click: 'sync' };
    case 'to-send':
      return {
        label: `${count(status.toSend, 'change', 'changes')} to send`,
        detail: 'Saved on this laptop; they go to the team at the next sync.',
        clickHint: CLICK_TO_SYNC,
        tone: 'pending',
        icon: '↑',
        click: 'sync',
      };
    case 'syncing':
      return {
        label: 'Syncing…',
        detail: 'Sending your changes and fetching the team’s.',
        clickHint: null,
        tone: 'busy',
        icon: '⟳',
        click: 'none',
      };
    case 'offline':
      return {
        label: 'Offline — changes wait',
        detail: `${status.message ?? 'The team’s repository cannot be reached.'} Everything keeps working here; ${
          status.toSend > 0 ? count(status.toSend, 'change waits', 'changes wait') : 'changes wait'
        } and go at the next sync.`,
        clickHint: CLICK_TO_SYNC,
        tone: 'warn',
        icon: '⊘',
        click: 'sync',
      };
    case 'failed':
      return {
        label: 'Sync failed',
        detail: `${status.message ?? 'The last sync did not finish.'} Nothing was lost.`,
        clickHint: 'Click to try again.',
        tone: 'error',
        icon: '!',
        click: 'sync',
      };
    case 'conflict':
      return {
        label: status.conflicts > 0 ? count(status.conflicts, 'conflict', 'conflicts') : 'Conflict',
        detail: 'Two laptops changed the same field; both versions are kept.',
        clickHint: 'Click to choose which to keep.',
        tone: 'error',
        icon: '⇄',
        click: 'conflicts',
      };
  }
}
