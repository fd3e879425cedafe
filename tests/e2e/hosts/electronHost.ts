import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { MenuAction } from '../../../shared/ipc';
import type { AppHost } from './types';
import { clockFrom, TEST_NOW_ENV } from '../../../electron/services/testClock';

function posixLocaleEnv(locale: string): Record<string, string> {
  const posix = `${locale.replace('-', '_')}.UTF-8`;
  return { LANG: posix, LC_ALL: posix, LANGUAGE: locale.replace('-', '_') };
}

/** The real app: the built main process in the real Electron binary. */
export class ElectronHost implements AppHost {
  readonly name = 'electron' as const;
  #app: ElectronApplication | null = null;
  #page: Page | null = null;
  /** Notifications shown by earlier runs of the app (before a restart). */
  #earlier: { title: string; body: string }[] = [];

  private constructor(
    private readonly executablePath: string,
    readonly dataDir: string,
    private readonly mainScript: string,
    now: Date | undefined,
    private readonly osLocale: string | undefined,
    private readonly extraEnv: Record<string, string | undefined>,
  ) {
    this.#now = now ? clockFrom(now) : undefined;
  }

  /** The app's clock (see ChromiumHostOptions.now); it keeps running over restarts. */
  readonly #now: (() => Date) | undefined;

  static async launch(
    executablePath: string,
    dataDir: string,
    mainScript: string,
    now?: Date,
    osLocale?: string,
    /** Variables laid over the environment; `undefined` removes one (git kept away from the machine's config). */
    extraEnv: Record<string, string | undefined> = {},
  ): Promise<ElectronHost> {
    const host = new ElectronHost(executablePath, dataDir, mainScript, now, osLocale, extraEnv);
    await host.#start();
    return host;
  }

  page(): Page {
    if (!this.#page) throw new Error('The app is not running.');
    return this.#page;
  }

  async restart(whileQuit?: () => void | Promise<void>): Promise<Page> {
    await this.close();
    await whileQuit?.();
    await this.#start();
    return this.page();
  }

  async menu(action: MenuAction): Promise<void> {
    if (!this.#app) throw new Error('The app is not running.');
    await this.#app.evaluate(({ Menu }, id) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      if (!item) throw new Error(`No menu item ${id}`);
      // Electron types MenuItem.click as a bare `Function`.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call
      item.click();
    }, action);
  }

  get exportsDir(): string {
    return path.join(path.dirname(this.dataDir), 'exports');
  }

  /** The native save dialog cannot be clicked: answer it in the main process instead. */
  async allowSaveDialogs(): Promise<void> {
    if (!this.#app) throw new Error('The app is not running.');
    await this.#app.evaluate(({ dialog }, dir) => {
      const answer = (...args: unknown[]) => {
        const options = args.find(
          (a): a is { defaultPath?: string } => typeof a === 'object' && a !== null && 'filters' in a,
        );
        const name = (options?.defaultPath ?? 'export.ics').split(/[\\/]/).pop() ?? 'export.ics';
        return Promise.resolve({ canceled: false, filePath: `${dir}/${name}` });
      };
      Object.assign(dialog, { showSaveDialog: answer });
    }, this.exportsDir);
    fs.mkdirSync(this.exportsDir, { recursive: true });
  }

  async clipboardText(): Promise<string> {
    if (!this.#app) throw new Error('The app is not running.');
    return this.#app.evaluate(({ clipboard }) => clipboard.readText());
  }

  /** Notifications are recorded in the main process (see #start): the OS's own cannot be read. */
  async notifications(): Promise<{ title: string; body: string }[]> {
    if (!this.#app) return [...this.#earlier];
    const current = await this.#app.evaluate(() =>
      ((globalThis as unknown as { __auxDeskNotices?: { title: string; body: string }[] }).__auxDeskNotices ?? []).map(
        (n) => ({ title: n.title, body: n.body }),
      ),
    );
    return [...this.#earlier, ...current];
  }

  async clickNotification(index: number): Promise<void> {
    if (!this.#app) throw new Error('The app is not running.');
    const local = index - this.#earlier.length;
    if (local < 0) throw new Error('That notification belongs to an earlier run of the app.');
    await this.#app.evaluate((_electron, i) => {
      const notice = (globalThis as unknown as { __auxDeskNotices?: { emit: (event: string) => void }[] })
        .__auxDeskNotices?.[i];
      if (!notice) throw new Error(`No notification ${i}`);
      notice.emit('click');
    }, local);
  }

  async close(): Promise<void> {
    if (this.#app) this.#earlier = await this.notifications().catch(() => this.#earlier);
    // Closing quits the app: before-quit flushes the coalesced writes.
    // A test may already have closed the last window, which quits the app.
    await this.#app?.close().catch(() => undefined);
    this.#app = null;
    this.#page = null;
  }

  async #start(): Promise<void> {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    // An `undefined` in extraEnv removes the variable (an askpass program, say).
    const base = Object.fromEntries(
      Object.entries({ ...process.env, ...this.extraEnv }).filter(([, value]) => value !== undefined),
    );
    this.#app = await _electron.launch({
      executablePath: this.executablePath,
      args: [...(isRoot ? ['--no-sandbox'] : []), path.resolve(this.mainScript)],
      env: {
        ...base,
        AUX_DESK_DATA_DIR: this.dataDir,
        ...(this.#now ? { [TEST_NOW_ENV]: this.#now().toISOString() } : {}),
        // The OS locale Electron reads on Linux (app.getLocaleCountryCode, getSystemLocale): "en_GB.UTF-8".
        ...(this.osLocale ? posixLocaleEnv(this.osLocale) : {}),
      },
    });
    // No person to answer a native save dialog: it answers with <exportsDir>/<suggested name>.
    await this.#app.evaluate(({ dialog }, dir) => {
      const answer = (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath?: string };
        const name = (options.defaultPath ?? 'export').split(/[\\/]/).at(-1) ?? 'export';
        return Promise.resolve({ canceled: false, filePath: `${dir}/${name}` });
      };
      Object.assign(dialog, { showSaveDialog: answer });
    }, this.exportsDir);
    // Record notifications instead of showing them (a test cannot read the OS's).
    await this.#app.evaluate(({ Notification }) => {
      const shown: unknown[] = [];
      (globalThis as unknown as { __auxDeskNotices: unknown[] }).__auxDeskNotices = shown;
      Notification.prototype.show = function show(this: unknown) {
        shown.push(this);
      };
    });
    this.#page = await this.#app.firstWindow();
    await this.#page.waitForLoadState('domcontentloaded');
    if (this.#now) {
      // The window loaded before the clock could be installed: install it, then load again.
      await this.#app.context().clock.install({ time: this.#now() });
      await this.#page.reload();
    }
  }
}
