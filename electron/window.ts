import { BrowserWindow, dialog, screen } from 'electron';
import type { SettingsService } from './services/settings';
import { restoreBounds } from './services/windowBounds';
import { webPreferencesFor } from './webPreferences';

export interface WindowOptions {
  /** Asks the renderer to save what is pending; resolves when it has (or after a timeout). */
  beforeClose: (win: BrowserWindow) => Promise<void>;
  preloadPath: string;
  /** app://aux-desk/index.html in production, the dev server's URL under `npm run dev`. */
  url: string;
  settings: SettingsService;
  /** app.isPackaged: DevTools only in development. */
  isPackaged: boolean;
  onAllowedOrigin: (origin: string) => boolean;
}

/** The one BrowserWindow factory: secure defaults, remembered bounds, no navigation away. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = options.settings.windowState();
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Aux Desk',
    backgroundColor: '#f7f7f5',
    webPreferences: webPreferencesFor({
      preloadPath: options.preloadPath,
      isPackaged: options.isPackaged,
    }),
  });
  if (saved?.maximized) win.maximize();

  win.once('ready-to-show', () => win.show());

  // Nothing inside the app navigates the window or opens new ones.
  win.webContents.on('will-navigate', (event, url) => {
    if (!options.onAllowedOrigin(new URL(url).origin)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  // The renderer blocks unload while a form holds unsaved input: ask before losing it.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Discard changes and close', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes.',
      detail: 'A form in Aux Desk holds changes that were not saved. Close anyway and lose them?',
    });
    if (choice === 0) event.preventDefault();
  });

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const remember = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const normal = win.getNormalBounds();
    options.settings.setWindowState({ ...normal, maximized: win.isMaximized() });
  };
  const rememberSoon = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(remember, 500);
  };
  win.on('resize', rememberSoon);
  win.on('move', rememberSoon);
  // The close handshake: the renderer saves what is pending before the window goes.
  let closeApproved = false;
  let asking = false;
  win.on('close', (event) => {
    if (saveTimer) clearTimeout(saveTimer);
    remember();
    if (closeApproved) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void options.beforeClose(win).finally(() => {
      closeApproved = true;
      if (!win.isDestroyed()) win.close();
    });
  });

  void win.loadURL(options.url);
  return win;
}
