import path from 'node:path';
import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  preloadPath: string;
  /** app.isPackaged: DevTools only in development. */
  isPackaged: boolean;
}

/** The main window's web preferences: the renderer is a sandboxed page with no Node. */
export function webPreferencesFor(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: path.resolve(options.preloadPath),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    devTools: !options.isPackaged,
    // The window may check spelling; whether it does is the session's switch, which follows
    // the user's setting (./spellcheck.ts) and can change while the window is open.
    spellcheck: true,
  };
}

/**
 * The PDF export's print view (electron/printView.ts): a hidden window with exactly the main
 * window's web preferences, sized about an A4 page at 96 dpi (what the layout sees before
 * printing scales it to the paper).
 */
export function printViewWindowOptions(options: WebPreferencesOptions): {
  show: false;
  width: number;
  height: number;
  webPreferences: WebPreferences;
} {
  return { show: false, width: 794, height: 1123, webPreferences: webPreferencesFor(options) };
}
