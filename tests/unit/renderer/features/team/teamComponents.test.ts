// @vitest-environment jsdom
// The team's components as the user meets them, rendered by React into jsdom: the roles and
// names the e2e stories select by, and what a click or a key does.
import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ConflictView, TeamStatus } from '../../../../../shared/ipc/team';
import { ConflictFieldChoice } from '../../../../../renderer/features/team/ConflictFieldChoice';
import { SharedTag } from '../../../../../renderer/features/team/SharedTag';
import { SyncStatus } from '../../../../../renderer/features/team/SyncStatus';
import { useAppStore } from '../../../../../renderer/store';
import { NO_TEAM } from '../../../../../renderer/store/teamSlice';

// React's act() warns unless told it runs in a test; the workers are shared, so it is put back after.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
afterAll(() => Reflect.deleteProperty(globalThis, 'IS_REACT_ACT_ENVIRONMENT'));

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

function render(element: ReactElement): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(element));
  return host;
}

const workspace = { dir: '/home/ana/aux-team', remote: null, engagementIds: ['e1'] };
const withTeam = (patch: Partial<TeamStatus>) => useAppStore.setState({ team: { ...NO_TEAM, workspace, ...patch } });

describe('the sync status', () => {
  it('is not there without a workspace', () => {
    expect(render(createElement(SyncStatus)).innerHTML).toBe('');
  });

  it('is a status region named Sync status, with the words as the button’s name and the reason as its description', () => {
    withTeam({ state: 'failed', message: 'The remote refused the push: permission denied.' });
    const host = render(createElement(SyncStatus));
    const region = host.querySelector('[role="status"]');
    expect(region?.getAttribute('aria-label')).toBe('Sync status');
    const button = region?.querySelector('button');
    expect(button?.textContent).toBe('!Sync failed');
    expect(button?.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
    const description = document.getElementById(button?.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(
      'The remote refused the push: permission denied. Nothing was lost. Click to try again.',
    );
  });

  it('follows the store: a conflict opens the conflict view instead of syncing', () => {
    withTeam({ state: 'to-send', toSend: 3 });
    const host = render(createElement(SyncStatus));
    expect(host.querySelector('button')?.textContent).toBe('↑3 changes to send');
    act(() => withTeam({ state: 'conflict', conflicts: 1 }));
    const button = host.querySelector('button');
    expect(button?.textContent).toBe('⇄1 conflict');
    expect(button?.getAttribute('aria-haspopup')).toBe('dialog');
    act(() => button?.click());
    expect(useAppStore.getState().conflictsOpen).toBe(true);
  });
});

describe('the Shared tag', () => {
  it('shows on an engagement in the workspace only', () => {
    withTeam({ state: 'up-to-date' });
    expect(render(createElement(SharedTag, { engagementId: 'e1' })).textContent).toBe('Shared');
    act(() => root?.unmount());
    expect(render(createElement(SharedTag, { engagementId: 'e2' })).textContent).toBe('');
  });
});

describe('a field in conflict', () => {
  const field: ConflictView['fields'][number] = {
    label: 'MVP status',
    kind: 'value',
    ours: 'on-track',
    theirs: 'at-risk',
    canKeepBoth: false,
  };

  it('is a radio group named by the field, both versions side by side, and no choice made for the user', () => {
    const picks: string[] = [];
    const host = render(
      createElement(ConflictFieldChoice, {
        name: 'c1-0',
        field,
        authors: { ours: 'You', theirs: 'Bruno Costa' },
        pick: undefined,
        onPick: (choice) => picks.push(choice),
      }),
    );
    const group = host.querySelector('fieldset');
    expect(group?.getAttribute('role')).toBe('radiogroup');
    expect(group?.querySelector('legend')?.textContent).toBe('MVP status');
    expect([...host.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      'This laptop · You',
      'From the team · Bruno Costa',
    ]);
    expect([...host.querySelectorAll('.conflict__text')].map((p) => p.textContent)).toEqual(['on-track', 'at-risk']);
    const radios = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Keep this laptop’s', 'Keep the team’s']);
    expect(radios.some((r) => r.checked)).toBe(false);
    act(() => radios[1]?.click());
    expect(picks).toEqual(['theirs']);
  });

  it('offers Keep both where both can be kept, and shows a note read-only', () => {
    const note = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipped the retry' }] }],
    };
    const host = render(
      createElement(ConflictFieldChoice, {
        name: 'c1-1',
        field: { label: 'Went well', kind: 'note', ours: note, theirs: { type: 'script' }, canKeepBoth: true },
        authors: { ours: 'You', theirs: 'Bruno Costa' },
        pick: 'both',
        onPick: () => undefined,
      }),
    );
    const labels = [...host.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Keep this laptop’s', 'Keep the team’s', 'Keep both']);
    expect(host.querySelector<HTMLInputElement>('input[value="both"]')?.checked).toBe(true);
    const doc = host.querySelector('[role="document"]');
    expect(doc?.getAttribute('aria-label')).toBe('Went well, this laptop’s version');
    expect(doc?.getAttribute('contenteditable')).toBe('false');
    expect(doc?.textContent).toBe('Shipped the retry');
    // A pulled version that is not a valid note is never given to the editor.
    expect(host.textContent).toContain('This version could not be read as a note.');
  });
});
