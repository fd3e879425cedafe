import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/channels';
import type { MenuAction } from '../../../shared/ipc';
import { events } from '../../../shared/ipc';
import { confStoreFactory } from '../../../electron/services/confStoreFactory';
import { createMainServices, type MainServices } from '../../../electron/services/mainServices';
import { serveRenderer } from './staticServer';
import type { AppHost } from './types';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** What the app asked of the OS (shell.openPath / openExternal), recorded at the Electron boundary. */
export interface PlatformCall {
  kind: 'openPath' | 'openExternal' | 'saveFile';
  target: string;
}

/**
 * The preload, mirrored: exactly { invoke, on }, the same channel allowlists, and every
 * invoke goes through the same main-process dispatch (validation included).
 */
function bridgeScript(channels: { invoke: string[]; events: string[] }): void {
  const invokeSet = new Set(channels.invoke);
  const eventSet = new Set(channels.events);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const w = window as unknown as {
    __auxDeskInvoke: (channel: string, payload: unknown) => Promise<unknown>;
    __auxDeskDeliver?: (channel: string, payload: unknown) => void;
    api?: unknown;
  };
  Object.defineProperty(window, '__auxDeskDeliver', {
    value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload)),
  });
  const api = Object.freeze({
    invoke(channel: string, payload: unknown): Promise<unknown> {
      if (!invokeSet.has(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${channel}` } });
      }
      // Structured-clone semantics, as over Electron IPC.
      return w.__auxDeskInvoke(channel, payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)));
    },
    on(channel: string, listener: (payload: unknown) => void): () => void {
      if (!eventSet.has(channel)) throw new Error(`Unknown event channel: ${channel}`);
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'api', { value: api, enumerable: true });
}

export class ChromiumHost implements AppHost {
  readonly name = 'chromium' as const;
  readonly platformCalls: PlatformCall[] = [];
  #browser: Browser;
  #context: BrowserContext | null = null;
  #page: Page | null = null;
  #services: MainServices | null = null;
  #server: { origin: string; close: () => Promise<void> } | null = null;

  readonly exportsDir: string;

  private constructor(
    browser: Browser,
    readonly dataDir: string,
    private readonly rendererRoot: string,
  ) {
    this.#browser = browser;
    this.exportsDir = path.join(path.dirname(dataDir), 'exports');
  }

  static async launch(executablePath: string, dataDir: string, rendererRoot: string): Promise<ChromiumHost> {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const host = new ChromiumHost(browser, dataDir, rendererRoot);
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

  async restart(): Promise<Page> {
    await this.#stop();
    await this.#start();
    return this.page();
  }

  async menu(action: MenuAction): Promise<void> {
    await this.#emit('menu', events.menu.parse({ action }));
  }

  async close(): Promise<void> {
    await this.#stop();
    await this.#browser.close();
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
      factory: confStoreFactory,
      writeDelayMs: 100,
      platform: {
        openPath: (target) => {
          this.platformCalls.push({ kind: 'openPath', target });
          return Promise.resolve();
        },
        openExternal: (target) => {
          this.platformCalls.push({ kind: 'openExternal', target });
          return Promise.resolve();
        },
        // The save dialog answers at once with <exportsDir>/<suggested name>.
        saveFile: (defaultName, contents) => {
          const target = path.join(this.exportsDir, path.basename(defaultName));
          fs.mkdirSync(this.exportsDir, { recursive: true });
          fs.writeFileSync(target, contents, 'utf8');
          this.platformCalls.push({ kind: 'saveFile', target });
          return Promise.resolve(target);
        },
      },
    });
    this.#services.setEventSink((channel, payload) => {
      void this.#emit(channel, events[channel].parse(payload)).catch(() => undefined);
    });
    this.#server = await serveRenderer(path.resolve(this.rendererRoot));
    const origin = this.#server.origin;
    this.#context = await this.#browser.newContext({ viewport: { width: 1200, height: 800 } });
    const services = this.#services;
    await this.#context.exposeBinding('__auxDeskInvoke', async (source, channel: unknown, payload: unknown) => {
      // The sender check of electron/ipc.ts: our main frame, our origin.
      const frameUrl = source.frame.url();
      if (source.frame !== source.page.mainFrame() || new URL(frameUrl).origin !== origin) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: message from an untrusted frame.' } };
      }
      return services.dispatch(channel, payload);
    });
    await this.#context.addInitScript(bridgeScript, { invoke: [...INVOKE_CHANNELS], events: [...EVENT_CHANNELS] });
    this.#page = await this.#context.newPage();
    await this.#page.goto(`${origin}/index.html`);
  }

  async #stop(): Promise<void> {
    // The close handshake of electron/window.ts: ask the renderer to save, wait for it.
    const services = this.#services;
    if (services && this.#page && !this.#page.isClosed()) {
      const answered = services.closeGate.wait(3000);
      await this.#emit('lifecycle', { phase: 'before-close' }).catch(() => undefined);
      await answered;
    }
    await this.#context?.close();
    // The app's before-quit: flush coalesced writes.
    this.#services?.flush();
    await this.#server?.close();
    this.#context = null;
    this.#page = null;
    this.#services = null;
    this.#server = null;
  }
}
