import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../../electron/services/mainServices';
import type { SecretBackend } from '../../../shared/model/mail';
import type { PrintJob } from '../../../electron/services/pdf/pdfExport';

/**
 * The Electron boundary, recorded: what the app asked the OS to open, save, copy, notify, and a
 * stand-in keychain (the stored form is never the plain text). Used by unit tests and by
 * the Chromium e2e host, where Electron's shell, dialogs, clipboard and safeStorage cannot run.
 */
export interface RecordingPlatform extends Platform {
  readonly externals: string[];
  readonly paths: string[];
  /** Files saved through the (answered) save dialog. */
  readonly saved: {
    path: string;
    name: string;
    defaultName: string;
    contents: string;
    filters: { name: string; extensions: string[] }[];
  }[];
  readonly clipboard: { html?: string; text: string }[];
  /** Desktop notifications shown; `click()` is the user clicking one. */
  readonly notices: { title: string; body: string; click: () => void }[];
  /** False: the system has no notifications (notify() says it showed nothing). */
  canNotify: boolean;
  /** What systemLocale() answers: the "operating system's" locale, pinned (en-GB unless a test says otherwise). */
  locale: string;
  /** Print jobs asked of the print view, in order. */
  readonly printed: PrintJob[];
  secretBackend: SecretBackend;
  /** What the folder dialog answers (null: the user cancelled). */
  folderAnswer: string | null;
}

const KEY = 0x5a;
const scramble = (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ KEY)).toString('base64');
const unscramble = (cipher: string) => Buffer.from(Buffer.from(cipher, 'base64').map((b) => b ^ KEY)).toString('utf8');

export function recordingPlatform(
  overrides: Partial<Platform> & { saveDir?: string; locale?: string } = {},
): RecordingPlatform {
  const { saveDir, locale, ...platformOverrides } = overrides;
  const platform: RecordingPlatform = {
    externals: [],
    paths: [],
    saved: [],
    clipboard: [],
    notices: [],
    canNotify: true,
    locale: locale ?? 'en-GB',
    printed: [],
    secretBackend: 'os',
    folderAnswer: null,
    chooseFolder: () =>
      platformOverrides.chooseFolder ? platformOverrides.chooseFolder() : Promise.resolve(platform.folderAnswer),
    systemLocale: () => platform.locale,
    // Node has no print view: a host that prints (the e2e Chromium host, a unit test's own
    // print view) passes printToPdf; without one the export fails, in words.
    printToPdf: (job) => {
      platform.printed.push(job);
      return platformOverrides.printToPdf
        ? platformOverrides.printToPdf(job)
        : Promise.reject(new Error('there is no print view here'));
    },
    notify: (notice, onClick) => {
      if (!platform.canNotify) return false;
      platform.notices.push({ ...notice, click: onClick });
      return true;
    },
    openExternal: (url) => {
      platform.externals.push(url);
      return platformOverrides.openExternal ? platformOverrides.openExternal(url) : Promise.resolve();
    },
    openPath: (target) => {
      platform.paths.push(target);
      return platformOverrides.openPath ? platformOverrides.openPath(target) : Promise.resolve();
    },
    saveFile: (options) => {
      if (platformOverrides.saveFile) return platformOverrides.saveFile(options);
      // The "Save as" dialog, answered with its suggested name: written into saveDir when
      // given (e2e), otherwise only recorded under a notional /exports folder (unit tests).
      const name = path.basename(options.defaultName);
      const target = saveDir ? path.join(saveDir, name) : `/exports/${name}`;
      if (saveDir) {
        fs.mkdirSync(saveDir, { recursive: true });
        fs.writeFileSync(target, options.contents);
      }
      platform.saved.push({
        path: target,
        name,
        defaultName: options.defaultName,
        contents: options.contents.toString('utf8'),
        filters: options.filters,
      });
      return Promise.resolve(target);
    },
    writeClipboard: (content) => {
      platform.clipboard.push(content);
      return Promise.resolve();
    },
    secrets: {
      backend: () => Promise.resolve(platform.secretBackend),
      encrypt: (plain) =>
        platform.secretBackend === 'os'
          ? Promise.resolve(scramble(plain))
          : Promise.reject(new Error('No secure password store.')),
      decrypt: (cipher) => Promise.resolve(unscramble(cipher)),
    },
  };
  return platform;
}
