import type { StateCreator } from 'zustand';
import type { PdfSubject } from '../../shared/ipc/pdf';
import type { Paper } from '../../shared/print/paper';
import { invoke, messageOf } from '../api';
import type { AppState } from './index';

/** How an export ended: saved (path), cancelled in the save dialog (null), or failed (its words). */
export type PdfOutcome = { ok: true; path: string | null } | { ok: false; error: string };

/** Export PDF of a weekly retro or of the project retro. */
export interface PdfSlice {
  /** The paper the export offers first (from the OS's locale); null until asked. */
  pdfPaper: Paper | null;
  loadPdfDefaults: () => Promise<void>;
  /** Makes the PDF and saves it where the user chooses; a saved one is announced in a toast. */
  exportPdf: (engagementId: string, subject: PdfSubject, paper: Paper) => Promise<PdfOutcome>;
}

export const createPdfSlice: StateCreator<AppState, [], [], PdfSlice> = (set, get) => ({
  pdfPaper: null,

  loadPdfDefaults: async () => {
    if (get().pdfPaper !== null) return;
    try {
      const { paper } = await invoke('pdf:defaults', {});
      set({ pdfPaper: paper });
    } catch (error) {
      // The dialog still works on A4; the user is told why it was not their region's paper.
      set({ pdfPaper: 'a4' });
      get().pushToast({ tone: 'error', message: `Could not read the system's paper size: ${messageOf(error)}` });
    }
  },

  exportPdf: async (engagementId, subject, paper) => {
    try {
      const { path } = await invoke('pdf:export', { engagementId, subject, paper });
      // The paper chosen is offered first next time, for the rest of the session.
      set({ pdfPaper: paper });
      if (path) get().pushToast({ tone: 'info', message: `Saved the PDF to ${path}.` });
      return { ok: true, path };
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    }
  },
});
