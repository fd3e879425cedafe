import { BrowserWindow } from 'electron';
import { electronPdfOptions } from '../shared/print/paper';
import type { PrintJob } from './services/pdf/pdfExport';
import { printViewWindowOptions } from './webPreferences';

export interface PrintViewOptions {
  /** The same preload as the main window: the print page reaches main through the same window.api. */
  preloadPath: string;
  /** The renderer's print page for a job: app://aux-desk/print.html#<job id> (the dev server's under `npm run dev`). */
  pageUrl: (jobId: string) => string;
  isPackaged: boolean;
}

/**
 * Prints a job in a dedicated print view: a hidden window, with the main window's web
 * preferences (context isolation, sandbox, no Node, the same preload), on the renderer's print
 * page, served by the same protocol with the same CSP. The page fetches its document over IPC
 * (print:document), lays it out and says so (print:rendered); then it is printed and closed.
 */
export function printInHiddenWindow(options: PrintViewOptions): (job: PrintJob) => Promise<Uint8Array> {
  return async (job) => {
    const win = new BrowserWindow(
      printViewWindowOptions({ preloadPath: options.preloadPath, isPackaged: options.isPackaged }),
    );
    // The print view never navigates, opens windows or attaches webviews.
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-attach-webview', (event) => event.preventDefault());
    try {
      await win.loadURL(options.pageUrl(job.id));
      await job.rendered;
      return await win.webContents.printToPDF(electronPdfOptions(job.layout));
    } finally {
      win.destroy();
    }
  };
}
