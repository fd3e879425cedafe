import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/ipc';

export interface MenuHandlers {
  /** Menu items carry no logic: they emit a typed action the renderer maps to store actions. */
  emit: (action: MenuAction) => void;
  openDataFolder: () => void;
}

export function buildAppMenu(handlers: MenuHandlers, isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
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
          id: 'show-engagements',
          label: 'Engagements',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => handlers.emit('show-engagements'),
        },
        {
          id: 'show-planner',
          label: 'This Week',
          accelerator: 'CmdOrCtrl+T',
          click: () => handlers.emit('show-planner'),
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
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Aux Desk', role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
