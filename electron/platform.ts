import fs from 'node:fs/promises';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, Notification, safeStorage, shell } from 'electron';
import type { Platform } from './services/mainServices';
import type { SecretBackend } from '../shared/model/mail';
import { printInHiddenWindow, type PrintViewOptions } from './printView';

/** The Electron side of the Platform boundary: shell, dialogs, clipboard, safeStorage, notifications, printing. */
export function electronPlatform(printView: PrintViewOptions): Platform {
  const backend = async (): Promise<SecretBackend> => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
    // On Linux without a keyring, safeStorage "encrypts" with a hard-coded key: not a secret store.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'basic_text';
    return 'os';
  };
  // Held until clicked or closed: a collected Notification no longer reports its click.
  const live = new Set<Notification>();
  return {
    notify: ({ title, body }, onClick) => {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        const win = BrowserWindow.getAllWindows()[0];
        if (win) {
          if (win.isMinimized()) win.restore();
          win.show();
          win.focus();
        }
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
      return true;
    },
    openPath: async (target) => {
      const error = await shell.openPath(target);
      if (error) throw new Error(error);
    },
    openExternal: (url) => shell.openExternal(url),
    saveFile: async ({ defaultName, contents, filters }) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await fs.writeFile(result.filePath, contents);
      return result.filePath;
    },
    // Rich HTML and plain text together, for pasting into a web mail.
    writeClipboard: ({ html, text }) =>
      clipboard.write([
        new ClipboardItem(html === undefined ? { 'text/plain': text } : { 'text/html': html, 'text/plain': text }),
      ]),
    printToPdf: printInHiddenWindow(printView),
    // The team workspace's folder: an existing empty folder, or a new one made in the dialog.
    chooseFolder: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // The OS's region ("US"), which can differ from its language; the system locale if it has none.
    systemLocale: () => app.getLocaleCountryCode() || app.getSystemLocale(),
    secrets: {
      backend,
      encrypt: async (plain) => {
        if ((await backend()) !== 'os') throw new Error('No secure password store on this computer.');
        return (await safeStorage.encryptStringAsync(plain)).toString('base64');
      },
      decrypt: async (cipher) => (await safeStorage.decryptStringAsync(Buffer.from(cipher, 'base64'))).result,
    },
  };
}
