import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printViewWindowOptions, webPreferencesFor } from '../../../electron/webPreferences';

describe('the main window’s web preferences', () => {
  it('turn DevTools off in a packaged build, and keep them in development', () => {
    expect(webPreferencesFor({ preloadPath: 'preload.cjs', isPackaged: true }).devTools).toBe(false);
    expect(webPreferencesFor({ preloadPath: 'preload.cjs', isPackaged: false }).devTools).toBe(true);
  });

  it('keep the renderer a sandboxed page without Node, with an absolute preload path', () => {
    expect(webPreferencesFor({ preloadPath: 'out/preload/index.cjs', isPackaged: true })).toMatchObject({
      preload: path.resolve('out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('the PDF print view’s window', () => {
  it('is hidden and has exactly the main window’s web preferences (isolation, sandbox, no Node, the same preload)', () => {
    for (const isPackaged of [true, false]) {
      const options = { preloadPath: 'out/preload/index.cjs', isPackaged };
      const view = printViewWindowOptions(options);
      expect(view.show).toBe(false);
      expect(view.webPreferences).toEqual(webPreferencesFor(options));
    }
  });
});
