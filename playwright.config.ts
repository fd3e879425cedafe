import { defineConfig } from '@playwright/test';
import type { HostName } from './tests/e2e/hosts/types';

/**
 * One suite, two hosts: the same user stories run in real Electron when its binary is
 * present, and in Debian's Chromium with window.api bridged to the real main-process
 * handlers otherwise. A host that cannot run is skipped with its reason.
 */
export default defineConfig<{ host: HostName }>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  // The screenshot-and-axe stories take ~25 s on an idle 2-core machine and well over a
  // minute when it is busy: a generous safety net, not a performance check (that is `npm run bench`).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: [['list'], ['./tests/e2e/require-a-host.ts']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'electron', use: { host: 'electron' } },
    { name: 'chromium', use: { host: 'chromium' } },
  ],
});
