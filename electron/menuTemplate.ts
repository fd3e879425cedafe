import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/ipc';

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

export const GO_TO: { action: MenuAction; label: string }[] = [
  { action: 'show-home', label: 'This Week' },
  { action: 'show-engagements', label: 'Engagements' },
  { action: 'show-candidates', label: 'Candidates' },
  { action: 'show-planner', label: 'Week Planner' },
  { action: 'show-outbox', label: 'Outbox' },
];

/**
 * Electron's `viewMenu` role holds Reload, Force Reload and Toggle Developer Tools. A
 * packaged build gets a View menu without them: DevTools would hand anyone at the keyboard
 * the renderer's whole IPC surface, and a reload drops what a form has not saved yet.
 */
function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  if (!isPackaged) return { role: 'viewMenu' };
  return {
    label: '&View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
}

export function buildMenuTemplate(handlers: MenuHandlers, { isMac, isPackaged }: MenuContext): MenuItemConstructorOptions[] {
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
        {
          id: 'show-settings',
          label: isMac ? 'Settings…' : 'Settings',
          accelerator: 'CmdOrCtrl+,',
          click: () => handlers.emit('show-settings'),
        },
        { type: 'separator' },
        { id: 'open-data-folder', label: 'Open Data Folder', click: () => handlers.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      // The sidebar's screens, in its order, on Ctrl/Cmd+1…5.
      label: '&Go',
      submenu: GO_TO.map(({ action, label }, index) => ({
        id: action,
        label,
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => handlers.emit(action),
      })),
    },
    viewMenu(isPackaged),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Aux Desk', role: 'about' }] },
  ];
}
