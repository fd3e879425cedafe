import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webPreferencesFor } from '../../../electron/webPreferences';

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
