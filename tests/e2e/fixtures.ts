import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { chromiumAvailability, electronAvailability } from './hosts/availability';
import { ChromiumHost, launchBrowser } from './hosts/chromiumHost';
import { ElectronHost } from './hosts/electronHost';
import type { AppHost, HostName } from './hosts/types';
import { DEFAULT_NOW } from './clock';
import { isolatedGitEnv } from '../unit/support/gitEnv';

const RENDERER_ROOT = 'out/renderer';
const MAIN_SCRIPT = 'out/main/index.js';
export const SCREENS_DIR = path.resolve('test-results/screens');

interface WorkerFixtures {
  host: HostName;
  /** The Chromium host's browser, one per worker (null on the Electron host or without Chromium). */
  sharedBrowser: Browser | null;
}

interface Options {
  /**
   * The instant the story starts at (both clocks, see clock.ts). Stories that need another
   * day or time say so with `test.use({ now: ... })`.
   */
  now: Date;
  /**
   * The outbox's automatic retry delay in the Chromium host (1 s, so a story can watch a
   * queued message go out by itself). A story that clicks "Retry now" makes it long, so the
   * automatic retry cannot send the message first.
   */
  mailRetryMs: number;
  /**
   * The operating system's locale the app sees (the PDF's paper defaults from its region):
   * pinned, so no story depends on the machine's. en-GB unless a story says otherwise.
   */
  osLocale: string;
}

interface Fixtures {
  /** The running app on a fresh, empty data folder. */
  app: AppHost;
  /**
   * A second copy of the app, as on a teammate's laptop: its own fresh data folder (data-b),
   * the same host code and options, in the same browser (its own context). Started only by
   * the stories that ask for it.
   */
  teammate: AppHost;
  /** The app's window. After restart() use the page it returns. */
  page: Page;
  /** Quits the app and opens it again over the same data folder. */
  restart: () => Promise<Page>;
  /**
   * Saves the current screen in light and dark under test-results/screens/<host>/,
   * tall enough to show the whole scrolled main area.
   */
  snap: (name: string, page?: Page) => Promise<void>;
  /** Fails on any serious or critical axe violation, in light and dark. */
  expectAccessible: (page?: Page) => Promise<void>;
}

function browserOf(shared: Browser | null): Browser {
  if (!shared) throw new Error('The Chromium host is available but its worker has no browser.');
  return shared;
}

/**
 * The fake-clock rerun (tests/fake-clock.sh) checks behaviour on another day in another zone,
 * not looks: the first run took the screenshots and the axe scans.
 */
const BEHAVIOUR_ONLY = process.env['AUX_DESK_E2E_BEHAVIOUR_ONLY'] === '1';

/**
 * One app on a fresh data folder `folder` of the test's output, on the story's host (skipped
 * with its reason when that host cannot run). Its git (the team workspace) reads none of the
 * machine's git configuration: a config file of the test's own, no system file, no askpass.
 */
async function openHost(
  { host, sharedBrowser, now, mailRetryMs, osLocale }: Options & WorkerFixtures,
  testInfo: TestInfo,
  folder: string,
): Promise<AppHost> {
  const availability = host === 'electron' ? electronAvailability() : chromiumAvailability();
  test.skip(!availability.ok, `${host} host unavailable: ${availability.ok ? '' : availability.reason}`);
  if (!availability.ok) throw new Error('unreachable: skipped above');
  const dataDir = testInfo.outputPath(folder);
  fs.mkdirSync(dataDir, { recursive: true });
  const gitEnv = isolatedGitEnv(testInfo.outputPath());
  return host === 'electron'
    ? ElectronHost.launch(availability.executablePath, dataDir, MAIN_SCRIPT, now, osLocale, gitEnv)
    : ChromiumHost.open(browserOf(sharedBrowser), dataDir, RENDERER_ROOT, {
        now,
        mailRetryDelayMs: mailRetryMs,
        osLocale,
        git: { env: gitEnv },
      });
}

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  host: ['chromium', { option: true, scope: 'worker' }],
  sharedBrowser: [
    async ({ host }, use) => {
      const availability = chromiumAvailability();
      if (host !== 'chromium' || !availability.ok) {
        await use(null);
        return;
      }
      const browser = await launchBrowser(availability.executablePath);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  now: [DEFAULT_NOW, { option: true }],
  mailRetryMs: [1000, { option: true }],
  osLocale: ['en-GB', { option: true }],

  app: async ({ host, sharedBrowser, now, mailRetryMs, osLocale }, use, testInfo) => {
    const app = await openHost({ host, sharedBrowser, now, mailRetryMs, osLocale }, testInfo, 'data');
    await use(app);
    await app.close();
  },

  teammate: async ({ host, sharedBrowser, now, mailRetryMs, osLocale }, use, testInfo) => {
    // A second Electron on its own data folder runs beside the first: main.ts gives each data
    // folder its own profile, and so its own single-instance lock (profileDirFor).
    const teammate = await openHost({ host, sharedBrowser, now, mailRetryMs, osLocale }, testInfo, 'data-b');
    await use(teammate);
    await teammate.close();
  },

  page: async ({ app }, use) => {
    await use(app.page());
  },

  restart: async ({ app }, use) => {
    await use(() => app.restart());
  },

  snap: async ({ app, host }, use) => {
    await use(async (name, page = app.page()) => {
      if (BEHAVIOUR_ONLY) return;
      const dir = path.join(SCREENS_DIR, host);
      fs.mkdirSync(dir, { recursive: true });
      const viewport = page.viewportSize() ?? { width: 1200, height: 800 };
      const contentHeight = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 0);
      const tall = Math.min(2400, Math.max(viewport.height, contentHeight + 40));
      if (tall !== viewport.height) await page.setViewportSize({ width: viewport.width, height: tall });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: path.join(dir, `${name}-${colorScheme}.png`), animations: 'disabled' });
      }
      await page.emulateMedia({ colorScheme: null });
      if (tall !== viewport.height) await page.setViewportSize(viewport);
    });
  },

  expectAccessible: async ({ app }, use) => {
    await use(async (page = app.page()) => {
      if (BEHAVIOUR_ONLY) return;
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${colorScheme}: ${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect(serious, `axe violations in ${colorScheme} mode`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: null });
    });
  },
});

export { expect };
