import { Menu } from 'electron';
import { buildMenuTemplate, type MenuContext, type MenuHandlers } from './menuTemplate';

export type { MenuHandlers } from './menuTemplate';

/** The application menu; what it holds is decided in ./menuTemplate.ts (tested without Electron). */
export function buildAppMenu(handlers: MenuHandlers, context: MenuContext): Menu {
  return Menu.buildFromTemplate(buildMenuTemplate(handlers, context));
}
