import { defineConfig } from '@playwright/test';
import type { HostName } from './tests/e2e/hosts/types';

/**
 * Benchmarks (`npm run bench`): the app under load, measured and reported, never timed as
 * a pass/fail test. Same hosts and fixtures as the e2e suite.
 */
export default defineConfig<{ host: HostName }>({
  testDir: 'tests/bench',
  testMatch: '*.bench.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  timeout: 300_000,
  globalSetup: './tests/bench/global-setup.ts',
  globalTeardown: './tests/bench/report.ts',
  reporter: [['list']],
  projects: [
    { name: 'electron', use: { host: 'electron' } },
    { name: 'chromium', use: { host: 'chromium' } },
  ],
});
