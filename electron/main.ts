import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, session } from 'electron';
import { registerIpc, send } from './ipc';
import { buildAppMenu } from './menu';
import { createQuitGuard } from './quitGuard';
import { denyPermissions } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { profileDirFor, resolveDataDir } from './services/dataFolder';
import { electronPlatform } from './platform';
import { createMainServices } from './services/mainServices';
import { clockFromEnv } from './services/testClock';
import { APP_ORIGIN, printPageUrl } from './services/rendererFiles';
import { followSpellcheckSetting } from './spellcheck';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const allowedOrigins = new Set([APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])]);
const isAllowedOrigin = (origin: string) => allowedOrigins.has(origin);
/** How long a closing window waits for the renderer to save what it has pending. */
const CLOSE_TIMEOUT_MS = 3000;

// One instance per data folder: a second launch on it focuses the first instead of racing it
// for the files. The lock is held per Electron profile, so another data folder gets its own.
const profileDir = profileDirFor(process.env);
if (profileDir) app.setPath('userData', profileDir);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.setName('Aux Desk');

  // No web permission is granted, in any session (Electron grants them all by default).
  app.on('session-created', (created) => denyPermissions(created));
  // Security for every web contents, including any we did not create ourselves.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedOrigin(new URL(url).origin)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.env, path.join(app.getPath('userData'), 'data'));
    const preloadPath = path.join(here, '../preload/index.cjs');
    // The renderer's print page (the PDF's print view), beside index.html wherever that is served from.
    const platform = electronPlatform({
      preloadPath,
      pageUrl: (jobId) => printPageUrl(devServerUrl ?? APP_ORIGIN, jobId),
      isPackaged: app.isPackaged,
    });
    // The e2e suite pins the clock (development builds only): see services/testClock.ts.
    const now = clockFromEnv(process.env, app.isPackaged);
    // Documents save through the app's writer (electron/storage); window state stays in settings.
    const services = createMainServices({ dataDir, platform, ...(now ? { now } : {}) });
    denyPermissions(session.defaultSession);
    followSpellcheckSetting(session.defaultSession, services.settings);

    serveRenderer(path.join(here, '../renderer'));
    registerIpc(services.dispatch, isAllowedOrigin);

    let win: BrowserWindow | null = null;
    let quitting = false;
    const { saveBeforeQuit, holdQuitForWrites } = createQuitGuard(services);
    services.setEventSink((channel, payload) => {
      // A clicked notification on macOS may find the window closed (the app stays running): open one.
      if (channel === 'open-item' && !win) openWindow();
      if (!win) return;
      const target = win.webContents;
      // A window still loading has not registered its listeners yet: deliver once it has.
      if (target.isLoading()) target.once('did-finish-load', () => send(target, channel, payload));
      else send(target, channel, payload);
    });
    const openWindow = () => {
      win = createMainWindow({
        beforeClose: async (target) => {
          send(target.webContents, 'lifecycle', { phase: 'before-close' });
          await services.closeGate.wait(CLOSE_TIMEOUT_MS);
          await saveBeforeQuit();
        },
        preloadPath,
        url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
        settings: services.settings,
        isPackaged: app.isPackaged,
        onAllowedOrigin: isAllowedOrigin,
      });
      win.on('closed', () => {
        win = null;
        // Cmd+Q on macOS: the quit paused for the close handshake; carry it on.
        if (quitting) app.quit();
      });
    };

    Menu.setApplicationMenu(
      buildAppMenu(
        {
          emit: (action) => {
            if (win) send(win.webContents, 'menu', { action });
          },
          openDataFolder: () => void platform.openPath(dataDir),
        },
        { isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
      ),
    );

    openWindow();

    // Opt-in desktop notifications (a retro about to start, a check-in due) and the search
    // index, built in the background once the window is open.
    services.startBackground();
    // A new day while the app stays open still gets its snapshot.
    setInterval(() => void services.snapshotIfDue(), 60 * 60 * 1000).unref();

    app.on('second-instance', () => {
      if (!win) return openWindow();
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    app.on('window-all-closed', () => {
      services.flush();
      if (process.platform !== 'darwin') app.quit();
    });
    // Coalesced writes are flushed, and waited for, before the process exits.
    app.on('before-quit', (event) => {
      quitting = true;
      holdQuitForWrites(event);
    });
    app.on('will-quit', holdQuitForWrites);
  });
}
