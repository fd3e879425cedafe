import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/ipc';
import { type Screen, screensIn, showAction } from '../shared/screens';
import { acceleratorOf } from '../shared/shortcuts';

export interface MenuHandlers {
  /** Menu items carry no logic: they emit a typed action the renderer maps to store actions. */
  emit: (action: MenuAction) => void;
  openDataFolder: () => void;
}

export interface MenuContext {
  isMac: boolean;
  /** app.isPackaged: the developer items (DevTools, reload) only in development. */
  isPackaged: boolean;
}

/** A screen's menu item: its id is the action it emits (shared/screens.ts). */
function screenItem(screen: Screen, handlers: MenuHandlers, isMac: boolean): MenuItemConstructorOptions {
  const action = showAction(screen.id);
  return {
    id: action,
    label: isMac && 'macMenuTitle' in screen ? screen.macMenuTitle : screen.menuTitle,
    accelerator: `CmdOrCtrl+${screen.key}`,
    click: () => handlers.emit(action),
  };
}

/**
 * Electron's `viewMenu` role holds Reload, Force Reload and Toggle Developer Tools. A
 * packaged build gets a View menu without them: DevTools would hand anyone at the keyboard
 * the renderer's whole IPC surface, and a reload drops what a form has not saved yet.
 */
function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  if (!isPackaged) return { role: 'viewMenu' };
  return {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate(
  handlers: MenuHandlers,
  { isMac, isPackaged }: MenuContext,
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          id: 'new-engagement',
          label: 'New Engagement',
          accelerator: 'CmdOrCtrl+N',
          click: () => handlers.emit('new-engagement'),
        },
        ...screensIn('file').map((screen) => screenItem(screen, handlers, isMac)),
        { type: 'separator' },
        // Pull, merge and push the team workspace now (the renderer says how when there is none).
        { id: 'team-sync', label: 'Sync with the Team', click: () => handlers.emit('team-sync') },
        { id: 'open-data-folder', label: 'Open Data Folder', click: () => handlers.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      // The command palette, then the sidebar's screens in its order, on Ctrl/Cmd+1…7.
      label: '&Go',
      submenu: [
        {
          id: 'command-palette',
          label: 'Command Palette…',
          // Shown here, handled by the renderer (usePaletteShortcut), so both hosts behave alike.
          accelerator: 'CmdOrCtrl+Shift+P',
          registerAccelerator: false,
          click: () => handlers.emit('command-palette'),
        },
        { id: 'this-weeks-retro', label: 'This Week’s Retro', click: () => handlers.emit('this-weeks-retro') },
        {
          id: 'present-retro',
          label: 'Present Retro',
          // Handled by the retro on screen (usePresenter), like the palette's shortcut.
          accelerator: acceleratorOf('retro.present'),
          registerAccelerator: false,
          click: () => handlers.emit('present-retro'),
        },
        { type: 'separator' },
        ...screensIn('go').map((screen) => screenItem(screen, handlers, isMac)),
      ],
    },
    viewMenu(isPackaged),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          id: 'keyboard-shortcuts',
          label: 'Keyboard Shortcuts',
          // Handled by the renderer (it also opens on "?"), like the palette's key.
          accelerator: acceleratorOf('sheet.anywhere'),
          registerAccelerator: false,
          click: () => handlers.emit('keyboard-shortcuts'),
        },
        { type: 'separator' },
        { label: 'About Aux Desk', role: 'about' },
      ],
    },
  ];
}
