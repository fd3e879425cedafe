import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { BRIDGE_CHANNELS, makeBridgeApi, type BridgeChannels } from '../../../shared/bridge';
import type { MenuAction } from '../../../shared/ipc';
import { events } from '../../../shared/ipc';
import { createMainServices, type MainServices } from '../../../electron/services/mainServices';
import { recordingPlatform, type RecordingPlatform } from '../../unit/support/platform';
import { serveRenderer } from './staticServer';
import { clockFrom } from '../../../electron/services/testClock';
import type { StoreFactory } from '../../../electron/services/storeFiles';
import type { GitRunnerOptions } from '../../../electron/team/gitRunner';
import type { AppHost } from './types';
import type { PrintJob } from '../../../electron/services/pdf/pdfExport';
import { printPageUrl } from '../../../electron/services/rendererFiles';
import { cdpPdfParams } from '../../../shared/print/paper';

/** What the benchmarks change about the host (the e2e suite uses the defaults). */
export interface ChromiumHostOptions {
  /** The store factory of the "main process" (benchmarks count writes through it). */
  factory?: StoreFactory;
  /** The write queue's quiet time; 100 ms in tests, the app's own default is 300 ms. */
  writeDelayMs?: number;
  /** Called with every IPC channel the page invokes. */
  onInvoke?: (channel: string) => void;
  /**
   * The instant the app starts at: both the page's clock and the services' `now` are pinned
   * to it and run on from there. Without it (the benchmarks) both clocks are the real one.
   */
  now?: Date;
  /** How long the outbox waits before retrying a message; 1 s unless a story needs otherwise. */
  mailRetryDelayMs?: number;
  /** The "operating system's" locale (the PDF's paper defaults from it): pinned, en-GB unless a story says otherwise. */
  osLocale?: string;
  /** How the team workspace runs git: the e2e suite keeps it away from the machine's git configuration. */
  git?: GitRunnerOptions;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Under libfaketime (tests/fake-clock.sh) Node keeps the real monotonic clock, but Chromium
 * with a shifted wall clock and a real monotonic one takes 12 s+ to start and aborts
 * navigations: it gets both shifted.
 */
export function browserEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env['FAKETIME'] ? { ...env, FAKETIME_DONT_FAKE_MONOTONIC: '0' } : env;
}

/**
 * The preload, mirrored: window.api is built by the preload's own makeBridgeApi from the same
 * allowlists (shared/bridge.ts), and every invoke goes through the same main-process
 * dispatch. What is emulated here is Electron's part: contextBridge's frozen window.api, and
 * IPC's structured clone of the payload (a function rejects; a cycle, a Date or an undefined
 * field reaches the router as it is). One gap: Playwright's binding carries a Map or a Set
 * as {}, so the router's refusal of those is proven in tests/unit/electron/services/router.test.ts.
 * Injected as source: `make` is makeBridgeApi's text, so this may not use the module scope.
 */
function installBridge(channels: BridgeChannels, make: typeof makeBridgeApi): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const w = window as unknown as { __auxDeskInvoke: (channel: string, payload: unknown) => Promise<unknown> };
  Object.defineProperty(window, '__auxDeskDeliver', {
    value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload)),
  });
  const api = make(channels, {
    invoke(channel, payload) {
      // Cloned now, as ipcRenderer.invoke does; what cannot be cloned rejects, as there.
      try {
        return w.__auxDeskInvoke(channel, structuredClone(payload));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    listen(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
}

/** Debian's Chromium, as the e2e suite and the benchmarks run it. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: browserEnv(process.env) });
}

export class ChromiumHost implements AppHost {
  readonly name = 'chromium' as const;
  /** What the app asked of the OS (open, save, copy, keychain), recorded at the Electron boundary. */
  readonly platform: RecordingPlatform;
  #browser: Browser;
  /** Whether close() also closes the browser (launch) or leaves it to its owner (open). */
  readonly #ownsBrowser: boolean;
  #context: BrowserContext | null = null;
  #page: Page | null = null;
  #services: MainServices | null = null;
  #server: { origin: string; close: () => Promise<void> } | null = null;
  /** The "main process" clock; it keeps running over restarts, as the wall clock does. */
  readonly #now: (() => Date) | undefined;

  private constructor(
    browser: Browser,
    readonly dataDir: string,
    private readonly rendererRoot: string,
    private readonly options: ChromiumHostOptions = {},
    ownsBrowser = true,
  ) {
    this.#browser = browser;
    this.#ownsBrowser = ownsBrowser;
    this.#now = options.now ? clockFrom(options.now) : undefined;
    // "Save as…" dialogs are answered with the suggested name in a folder beside the data.
    this.platform = recordingPlatform({
      saveDir: path.join(path.dirname(dataDir), 'exports'),
      locale: options.osLocale ?? 'en-GB',
      printToPdf: (job) => this.#printToPdf(job),
    });
  }

  /** Where saved files (the save dialog's answers) go: beside the data folder, in the test's output. */
  get exportsDir(): string {
    return path.join(path.dirname(this.dataDir), 'exports');
  }

  clipboardText(): Promise<string> {
    return Promise.resolve(this.platform.clipboard.at(-1)?.text ?? '');
  }

  /** Save dialogs are always answered here (see saveFile below). */
  allowSaveDialogs(): Promise<void> {
    return Promise.resolve();
  }

  static async launch(
    executablePath: string,
    dataDir: string,
    rendererRoot: string,
    options: ChromiumHostOptions = {},
  ): Promise<ChromiumHost> {
    const host = new ChromiumHost(await launchBrowser(executablePath), dataDir, rendererRoot, options);
    await host.#start();
    return host;
  }

  /**
   * The app in a fresh context of a browser someone else owns (the e2e suite keeps one per
   * worker: a launch and a close cost 1–2 s per story). Each app still gets its own context,
   * so no cookie, storage or clock is shared between stories.
   */
  static async open(
    browser: Browser,
    dataDir: string,
    rendererRoot: string,
    options: ChromiumHostOptions = {},
  ): Promise<ChromiumHost> {
    const host = new ChromiumHost(browser, dataDir, rendererRoot, options, false);
    await host.#start();
    return host;
  }

  page(): Page {
    if (!this.#page) throw new Error('The app is not running.');
    return this.#page;
  }

  /** The "main process" of this host, for tests that look behind the UI. */
  services(): MainServices {
    if (!this.#services) throw new Error('The app is not running.');
    return this.#services;
  }

  async restart(whileQuit?: () => void | Promise<void>): Promise<Page> {
    await this.#stop();
    await whileQuit?.();
    await this.#start();
    return this.page();
  }

  async menu(action: MenuAction): Promise<void> {
    await this.#emit('menu', events.menu.parse({ action }));
  }

  notifications(): Promise<{ title: string; body: string }[]> {
    return Promise.resolve(this.platform.notices.map(({ title, body }) => ({ title, body })));
  }

  clickNotification(index: number): Promise<void> {
    const notice = this.platform.notices[index];
    if (!notice) throw new Error(`No notification ${index}`);
    notice.click();
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.#stop();
    if (this.#ownsBrowser) await this.#browser.close();
  }

  /**
   * The print view of electron/printView.ts, in this browser: a page of the app's context (so
   * the same bridge, binding and sender check), on the renderer's print page at the address
   * main.ts gives it, printed through CDP's Page.printToPDF with the layout Electron's
   * printToPDF gets (shared/print/paper.ts).
   */
  async #printToPdf(job: PrintJob): Promise<Uint8Array> {
    if (!this.#context || !this.#server) throw new Error('The app is not running.');
    const view = await this.#context.newPage();
    try {
      await view.goto(printPageUrl(this.#server.origin, job.id));
      await job.rendered;
      const cdp = await this.#context.newCDPSession(view);
      const { data } = await cdp.send('Page.printToPDF', cdpPdfParams(job.layout));
      await cdp.detach();
      return Buffer.from(data, 'base64');
    } finally {
      await view.close();
    }
  }

  async #emit(channel: string, payload: unknown): Promise<void> {
    await this.page().evaluate(
      ([c, p]) => (window as unknown as { __auxDeskDeliver: (c: unknown, p: unknown) => void }).__auxDeskDeliver(c, p),
      [channel, payload] as const,
    );
  }

  async #start(): Promise<void> {
    // A fresh "main process" over the same folder, as after a real restart.
    this.#services = createMainServices({
      dataDir: this.dataDir,
      // The app's own writer unless a benchmark counts writes through a factory of its own.
      ...(this.options.factory ? { factory: this.options.factory } : {}),
      writeDelayMs: this.options.writeDelayMs ?? 100,
      // SMTP retries every second here, so a test can watch a queued message go out.
      mailRetryDelayMs: () => this.options.mailRetryDelayMs ?? 1000,
      platform: this.platform,
      ...(this.#now ? { now: this.#now } : {}),
      ...(this.options.git ? { git: this.options.git } : {}),
    });
    this.#services.setEventSink((channel, payload) => {
      void this.#emit(channel, events[channel].parse(payload)).catch(() => undefined);
    });
    // As main.ts does: the notification clock and the search index run while the app runs.
    this.#services.startBackground();
    this.#server = await serveRenderer(path.resolve(this.rendererRoot));
    const origin = this.#server.origin;
    this.#context = await this.#browser.newContext({ viewport: { width: 1200, height: 800 } });
    // The page's clock starts where the services' clock is now, and runs on (timers fire).
    if (this.#now) await this.#context.clock.install({ time: this.#now() });
    const services = this.#services;
    await this.#context.exposeBinding('__auxDeskInvoke', async (source, channel: unknown, payload: unknown) => {
      // The sender check of electron/ipc.ts: our main frame, our origin.
      const frameUrl = source.frame.url();
      if (source.frame !== source.page.mainFrame() || new URL(frameUrl).origin !== origin) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: message from an untrusted frame.' } };
      }
      if (typeof channel === 'string') this.options.onInvoke?.(channel);
      return services.dispatch(channel, payload);
    });
    await this.#context.addInitScript({
      content: `(${installBridge.toString()})(${JSON.stringify(BRIDGE_CHANNELS)}, ${makeBridgeApi.toString()});`,
    });
    this.#page = await this.#context.newPage();
    await this.#page.goto(`${origin}/index.html`);
  }

  async #stop(): Promise<void> {
    this.#services?.stopBackground();
    await this.#services?.mail.outbox.stop();
    // The close handshake of electron/window.ts: ask the renderer to save, wait for it.
    const services = this.#services;
    if (services && this.#page && !this.#page.isClosed()) {
      const answered = services.closeGate.wait(3000);
      await this.#emit('lifecycle', { phase: 'before-close' }).catch(() => undefined);
      await answered;
    }
    await this.#context?.close();
    // The app's before-quit: write what is pending and wait for it (bounded).
    await this.#services?.flushAndWait(3000);
    await this.#server?.close();
    this.#context = null;
    this.#page = null;
    this.#services = null;
    this.#server = null;
  }
}
