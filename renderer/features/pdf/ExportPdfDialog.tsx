import { useEffect, useId, useRef, useState } from 'react';
import type { PdfSubject } from '../../../shared/ipc/pdf';
import { PAPER_SIZES, PAPERS, type Paper } from '../../../shared/print/paper';
import { useAppStore } from '../../store';
import { autosave } from '../notes/autosave';
import './pdf.css';

interface ExportPdfDialogProps {
  engagementId: string;
  subject: PdfSubject;
  /** What the PDF is of, in words: "the retro of 4 Feb 2027". */
  what: string;
  onClose: () => void;
}

/** The paper sizes as a radio group; the OS's region picks the one offered first. */
function PaperPicker({ paper, onPaper }: { paper: Paper; onPaper: (paper: Paper) => void }) {
  const hint = useId();
  return (
    <fieldset className="paper-picker" aria-describedby={hint}>
      <legend className="field__label">Paper size</legend>
      <div className="paper-picker__options">
        {PAPERS.map((p) => (
          <label key={p} className="paper-picker__option">
            <input type="radio" name="pdf-paper" value={p} checked={paper === p} onChange={() => onPaper(p)} />
            <span className="paper-picker__name">{PAPER_SIZES[p].label}</span>
            <span className="paper-picker__detail">{PAPER_SIZES[p].detail}</span>
          </label>
        ))}
      </div>
      <p id={hint} className="field__hint">
        Letter is offered first in the US and Canada, A4 elsewhere, from your system’s region.
      </p>
    </fieldset>
  );
}

/**
 * Export PDF: the paper, then a save dialog. The PDF has a page break between sections and
 * every action item where it was written. A failure stays in the dialog, so it can be tried again.
 */
export function ExportPdfDialog({ engagementId, subject, what, onClose }: ExportPdfDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const defaultPaper = useAppStore((s) => s.pdfPaper);
  const loadDefaults = useAppStore((s) => s.loadPdfDefaults);
  const exportPdf = useAppStore((s) => s.exportPdf);
  const [chosen, setChosen] = useState<Paper | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const paper = chosen ?? defaultPaper;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void loadDefaults();
  }, [loadDefaults]);

  const run = async () => {
    if (!paper) return;
    setBusy(true);
    setError(null);
    // What was typed a moment ago is in the PDF: pending note saves go first.
    await autosave.flushAll();
    const outcome = await exportPdf(engagementId, subject, paper);
    setBusy(false);
    if (outcome.ok) dialog.current?.close();
    else setError(outcome.error);
  };

  return (
    <dialog ref={dialog} className="dialog export-pdf" aria-labelledby="export-pdf-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="export-pdf-title" className="dialog__title">
          Export PDF
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <form
        className="export-pdf__body"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <p>
          {what[0]?.toUpperCase()}
          {what.slice(1)}, laid out for printing: each section kept on one page where it fits, the pages numbered.
        </p>
        {paper ? <PaperPicker paper={paper} onPaper={setChosen} /> : <p role="status">Reading the paper size…</p>}
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="export-pdf__actions">
          <button type="submit" className="button button--primary" disabled={busy || !paper}>
            {busy ? 'Making the PDF…' : 'Export PDF…'}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          {busy ? (
            <span className="muted" role="status">
              Laying out the pages, then asking where to save them.
            </span>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}

/** The "Export PDF…" button and the dialog it opens. */
export function ExportPdfButton(props: Omit<ExportPdfDialogProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export PDF…
      </button>
      {open ? <ExportPdfDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
