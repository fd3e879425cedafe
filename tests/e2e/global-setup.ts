import fs from 'node:fs';
import { chromiumAvailability, electronAvailability } from './hosts/availability';

/** A run with no host able to run is a failure, not a quiet pass. */
export default function globalSetup(): void {
  if (!fs.existsSync('out/renderer/index.html') || !fs.existsSync('out/main/index.js')) {
    throw new Error('The app is not built: run `npm run build` first (npm run test:e2e does).');
  }
  const electron = electronAvailability();
  const chromium = chromiumAvailability();
  console.log(
    `e2e hosts: electron ${electron.ok ? 'available' : `skipped (${electron.reason})`}; chromium ${chromium.ok ? 'available' : `skipped (${chromium.reason})`}`,
  );
  if (!electron.ok && !chromium.ok) {
    throw new Error(`No e2e host can run.\n  electron: ${electron.reason}\n  chromium: ${chromium.reason}`);
  }
}
