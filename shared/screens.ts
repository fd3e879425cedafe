/**
 * The app's top-level screens, in sidebar order: the one list they are declared in. The
 * sidebar and its shortcut hints (renderer/App.tsx), the `View` union (renderer/store/uiSlice.ts),
 * the menu actions (shared/ipc.ts), the application menu (electron/menuTemplate.ts) and the
 * renderer's menu handler (renderer/main.tsx) are all derived from it. Each screen's component
 * is in renderer/screens.ts, keyed by the same id (the compiler makes the two agree).
 *
 * Data only, no DOM and no Node: the main process imports this file too.
 */
interface ScreenDeclaration {
  readonly id: string;
  /** The sidebar's label. */
  readonly title: string;
  /** The menu's label: menus are in title case (the macOS and Windows conventions). */
  readonly menuTitle: string;
  /** macOS names the item that opens a settings window "Settings…". */
  readonly macMenuTitle?: string;
  /** The menu that lists the screen: Go, or File (where desktop apps keep Settings). */
  readonly menu: 'go' | 'file';
  /** The key that opens the screen with Ctrl (Cmd on macOS). */
  readonly key: string;
}

export const SCREENS = [
  { id: 'home', title: 'This week', menuTitle: 'This Week', menu: 'go', key: '1' },
  { id: 'engagements', title: 'Engagements', menuTitle: 'Engagements', menu: 'go', key: '2' },
  { id: 'candidates', title: 'Candidates', menuTitle: 'Candidates', menu: 'go', key: '3' },
  { id: 'planner', title: 'Week planner', menuTitle: 'Week Planner', menu: 'go', key: '4' },
  { id: 'outbox', title: 'Outbox', menuTitle: 'Outbox', menu: 'go', key: '5' },
  { id: 'search', title: 'Search', menuTitle: 'Search', menu: 'go', key: '6' },
  { id: 'actions', title: 'Open actions', menuTitle: 'Open Actions', menu: 'go', key: '7' },
  { id: 'settings', title: 'Settings', menuTitle: 'Settings', macMenuTitle: 'Settings…', menu: 'file', key: ',' },
] as const satisfies readonly ScreenDeclaration[];

export type Screen = (typeof SCREENS)[number];
export type ScreenId = Screen['id'];

/** The menu action that opens a screen; the menu item's id is the same string. */
export type ShowAction = `show-${ScreenId}`;

export function showAction(id: ScreenId): ShowAction {
  return `show-${id}`;
}

export const SHOW_ACTIONS: readonly ShowAction[] = SCREENS.map((screen) => showAction(screen.id));

export function screenOf(action: ShowAction): ScreenId {
  const screen = SCREENS.find((candidate) => showAction(candidate.id) === action);
  // Unreachable while `action` is typed; a bad string from outside is refused by the IPC schema first.
  if (!screen) throw new Error(`No screen for the menu action "${action}"`);
  return screen.id;
}

/** The screens a menu lists, in sidebar order. */
export function screensIn(menu: ScreenDeclaration['menu']): Screen[] {
  return SCREENS.filter((screen) => screen.menu === menu);
}
