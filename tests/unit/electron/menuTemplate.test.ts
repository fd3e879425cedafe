import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menuTemplate';
import type { MenuAction } from '../../../shared/ipc';

/** Every item of a template, submenus included. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const DEVELOPER_ROLES = ['viewMenu', 'toggleDevTools', 'reload', 'forceReload'];

function template(isMac: boolean, isPackaged: boolean) {
  const emitted: MenuAction[] = [];
  const opened: string[] = [];
  const items = buildMenuTemplate(
    { emit: (a) => emitted.push(a), openDataFolder: () => opened.push('data') },
    { isMac, isPackaged },
  );
  return { items, all: flatten(items), emitted, opened };
}

describe('the application menu', () => {
  it.each([true, false])(
    'has no DevTools (nor the viewMenu role that brings them, nor reload) in a packaged build (macOS: %s)',
    (isMac) => {
      const { items, all } = template(isMac, true);
      const roles = all.map((item) => item.role).filter((role) => role !== undefined);
      for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role);
      // The View menu stays, with zoom and full screen.
      const view = items.find((item) => item.label === '&View');
      expect(flatten(Array.isArray(view?.submenu) ? view.submenu : []).map((item) => item.role)).toEqual(
        expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
      );
    },
  );

  it.each([true, false])('keeps the developer View menu in development (macOS: %s)', (isMac) => {
    expect(template(isMac, false).all.map((item) => item.role)).toContain('viewMenu');
  });

  it('emits the Go menu actions on Ctrl/Cmd+1…5 and opens the data folder', () => {
    const { all, emitted, opened } = template(false, true);
    // Spelled out, not read from shared/screens.ts: the ids and keys users and tests rely on.
    const actions: MenuAction[] = ['show-home', 'show-engagements', 'show-candidates', 'show-planner', 'show-outbox'];
    const go = actions.map((action) => all.find((item) => item.id === action));
    expect(go.map((item) => item?.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
    ]);
    expect(go.map((item) => item?.label)).toEqual(['This Week', 'Engagements', 'Candidates', 'Week Planner', 'Outbox']);
    for (const item of go) item?.click?.({} as never, undefined, {});
    expect(emitted).toEqual(actions);
    all.find((item) => item.id === 'open-data-folder')?.click?.({} as never, undefined, {});
    expect(opened).toEqual(['data']);
  });

  it('has File › Sync with the Team, which the renderer runs as the sync status does', () => {
    const { all, emitted } = template(false, true);
    const item = all.find((entry) => entry.id === 'team-sync');
    expect(item?.label).toBe('Sync with the Team');
    item?.click?.({} as never, undefined, {});
    expect(emitted).toEqual(['team-sync']);
  });

  it.each([
    [true, 'Settings…'],
    [false, 'Settings'],
  ])('has New Engagement and Settings in the File menu (macOS: %s)', (isMac, settings) => {
    const { items } = template(isMac, true);
    const file = items.find((item) => item.label === '&File');
    const entries = (Array.isArray(file?.submenu) ? file.submenu : []).slice(0, 2);
    expect(entries.map(({ id, label, accelerator }) => ({ id, label, accelerator }))).toEqual([
      { id: 'new-engagement', label: 'New Engagement', accelerator: 'CmdOrCtrl+N' },
      { id: 'show-settings', label: settings, accelerator: 'CmdOrCtrl+,' },
    ]);
  });

  it('has Go › This Week’s Retro and Help › Keyboard Shortcuts (its key left to the renderer, which also takes “?”)', () => {
    const { all, emitted } = template(false, true);
    const retro = all.find((item) => item.id === 'this-weeks-retro');
    const sheet = all.find((item) => item.id === 'keyboard-shortcuts');
    expect(retro?.label).toBe('This Week’s Retro');
    expect(sheet).toMatchObject({
      label: 'Keyboard Shortcuts',
      accelerator: 'CmdOrCtrl+/',
      registerAccelerator: false,
    });
    retro?.click?.({} as never, undefined, {});
    sheet?.click?.({} as never, undefined, {});
    expect(emitted).toEqual(['this-weeks-retro', 'keyboard-shortcuts']);
  });

  it('has the macOS app menu only on macOS', () => {
    expect(template(true, true).items[0]?.role).toBe('appMenu');
    expect(template(false, true).all.map((item) => item.role)).not.toContain('appMenu');
  });
});
