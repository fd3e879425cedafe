import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menuTemplate';
import { events, MENU_ACTIONS, type MenuAction } from '../../../shared/ipc';
import { SCREENS, screenOf, screensIn, showAction } from '../../../shared/screens';

/** The application menu, by its top-level labels, and what its items emit. */
function menu(isMac: boolean) {
  const emitted: MenuAction[] = [];
  const items = buildMenuTemplate(
    { emit: (a) => emitted.push(a), openDataFolder: () => undefined },
    { isMac, isPackaged: true },
  );
  const submenu = (label: string): MenuItemConstructorOptions[] => {
    const found = items.find((item) => item.label === label)?.submenu;
    return Array.isArray(found) ? found : [];
  };
  return { go: submenu('&Go'), file: submenu('&File'), emitted };
}

const MENU_LABEL = { go: '&Go', file: '&File' } as const;

describe('the top-level screens are declared once (shared/screens.ts)', () => {
  it('gives every screen its own id and its own shortcut (New Engagement keeps Ctrl/Cmd+N)', () => {
    const ids = SCREENS.map((screen) => screen.id);
    const keys = SCREENS.map((screen) => screen.key.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('N');
  });

  it.each([false, true])('puts each screen in its menu, with its label, key and action (macOS: %s)', (isMac) => {
    for (const screen of SCREENS) {
      const { go, file, emitted } = menu(isMac);
      const inMenu = screen.menu === 'go' ? go : file;
      const matching = [...go, ...file].filter((item) => item.id === showAction(screen.id));
      expect(matching, `${screen.id} in ${MENU_LABEL[screen.menu]}`).toHaveLength(1);
      const [item] = matching;
      expect(inMenu).toContain(item);
      expect(item?.accelerator).toBe(`CmdOrCtrl+${screen.key}`);
      expect(item?.label).toBe(isMac && 'macMenuTitle' in screen ? screen.macMenuTitle : screen.menuTitle);
      item?.click?.({} as never, undefined, {});
      expect(emitted).toEqual([showAction(screen.id)]);
    }
  });

  it('lists the command palette, this week’s retro, Present Retro, then exactly the Go screens in sidebar order, in the Go menu', () => {
    const ids = menu(false).go.map((item) => item.id ?? item.type);
    expect(ids).toEqual([
      'command-palette',
      'this-weeks-retro',
      'present-retro',
      'separator',
      ...screensIn('go').map((screen) => showAction(screen.id)),
    ]);
  });

  it('shows the palette key in the menu but leaves the key to the renderer, which both hosts run', () => {
    const { go, emitted } = menu(false);
    const palette = go.find((item) => item.id === 'command-palette');
    expect(palette).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false });
    palette?.click?.({} as never, undefined, {});
    expect(emitted).toEqual(['command-palette']);
  });

  it('derives the menu actions: New Engagement, the palette, Sync with the Team and one show-<id> per screen, each accepted by the menu event', () => {
    expect([...MENU_ACTIONS].sort()).toEqual(
      [
        'new-engagement',
        'command-palette',
        'this-weeks-retro',
        'keyboard-shortcuts',
        'present-retro',
        'team-sync',
        ...SCREENS.map((screen) => `show-${screen.id}`),
      ].sort(),
    );
    for (const action of MENU_ACTIONS) expect(events.menu.safeParse({ action }).success).toBe(true);
    expect(events.menu.safeParse({ action: 'show-list' }).success).toBe(false);
  });

  it('maps each show action back to its screen (the renderer navigates there)', () => {
    for (const screen of SCREENS) expect(screenOf(showAction(screen.id))).toBe(screen.id);
  });
});
