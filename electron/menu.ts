import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/ipc';

export interface MenuHandlers {
  /** Menu items carry no logic: they emit a typed action the renderer maps to store actions. */
  emit: (action: MenuAction) => void;
  openDataFolder: () => void;
}

export const GO_TO: { action: MenuAction; label: string }[] = [
  { action: 'show-home', label: 'This Week' },
  { action: 'show-engagements', label: 'Engagements' },
  { action: 'show-candidates', label: 'Candidates' },
  { action: 'show-planner', label: 'Week Planner' },
  { action: 'show-outbox', label: 'Outbox' },
];

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
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Aux Desk', role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
