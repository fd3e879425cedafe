import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Availability } from './types';

const require = createRequire(import.meta.url);

/**
 * Electron's binary, without triggering its download: `require('electron')` would try to
 * fetch it, which these machines cannot do.
 */
export function electronAvailability(): Availability {
  if (process.env['AUX_DESK_E2E_SKIP_ELECTRON'] === '1') return { ok: false, reason: 'AUX_DESK_E2E_SKIP_ELECTRON=1' };
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  let candidate: string;
  if (override) {
    candidate = path.join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
  } else {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!fs.existsSync(pathFile)) {
      return {
        ok: false,
        reason:
          'Electron binary not downloaded (node_modules/electron/path.txt missing; no route to its download host here)',
      };
    }
    candidate = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  }
  return fs.existsSync(candidate)
    ? { ok: true, executablePath: candidate }
    : { ok: false, reason: `Electron binary not found at ${candidate}` };
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumAvailability(): Availability {
  if (process.env['AUX_DESK_E2E_SKIP_CHROMIUM'] === '1') return { ok: false, reason: 'AUX_DESK_E2E_SKIP_CHROMIUM=1' };
  const override = process.env['CHROMIUM_PATH'];
  const found = (override ? [override] : CHROMIUM_CANDIDATES).find((p) => fs.existsSync(p));
  return found
    ? { ok: true, executablePath: found }
    : { ok: false, reason: "No Chromium found (install Debian's chromium package or set CHROMIUM_PATH)" };
}
