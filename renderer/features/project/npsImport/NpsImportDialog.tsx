import { useEffect, useRef, useState } from 'react';
import type { NpsImportPreview } from '../../../../shared/model/npsImport';
import { NpsImportMapping } from './NpsImportMapping';
import { NpsImportRows } from './NpsImportRows';
import { useNpsImport } from './useNpsImport';

const SOURCE_NAMES: Record<NpsImportPreview['source'], string> = {
  'google-forms': 'A Google Forms export',
  'microsoft-forms': 'A Microsoft Forms export',
  other: 'The rows',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A Google Forms export: 12 ready, 2 duplicates skipped, 1 refused." */
function summaryOf(preview: NpsImportPreview): string {
  const { ready, duplicate, error } = preview.counts;
  const parts = [`${ready} ready`];
  if (duplicate) parts.push(`${plural(duplicate, 'duplicate', 'duplicates')} skipped`);
  if (error) parts.push(`${error} refused`);
  return `${SOURCE_NAMES[preview.source]}: ${parts.join(', ')}.`;
}

/** Where the answers come from: a file chosen, or rows pasted from the sheet. */
function ImportSource({
  busy,
  fileName,
  chooseFile,
  pasteRows,
}: Pick<ReturnType<typeof useNpsImport>, 'fileName' | 'chooseFile' | 'pasteRows'> & { busy: boolean }) {
  const [text, setText] = useState('');
  return (
    <div className="nps-import__source">
      <div className="field">
        <span className="field__label">From a file</span>
        <label className="button nps-import__file">
          Choose a CSV file…
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) reads it again.
              e.target.value = '';
              if (file) void chooseFile(file);
            }}
          />
        </label>
        {fileName ? <span className="field__hint">{fileName}</span> : null}
      </div>
      <div className="field nps-import__paste">
        <label className="field__label" htmlFor="nps-import-paste">
          Or paste rows from the sheet
        </label>
        <textarea
          id="nps-import-paste"
          className="input"
          rows={3}
          value={text}
          placeholder="With or without the header row"
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={busy || text.trim() === ''}
          onClick={() => void pasteRows(text)}
        >
          Preview pasted rows
        </button>
      </div>
    </div>
  );
}

/**
 * "Import responses": a Google Forms or Microsoft Forms CSV export, or pasted rows, read by
 * main; the columns as guessed (and changeable), every row's fate, then one confirmation.
 */
export function NpsImportDialog({ engagementId, onClose }: { engagementId: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const importer = useNpsImport(engagementId, () => dialog.current?.close());
  const { preview, busy, error } = importer;
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const ready = preview?.counts.ready ?? 0;
  const canImport = preview !== null && preview.problem === null && ready > 0 && busy === null;
  return (
    <dialog ref={dialog} className="dialog nps-import" aria-labelledby="nps-import-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="nps-import-title" className="dialog__title">
          Import NPS responses
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="compose__body">
        <p className="muted nps-import__intro">
          A CSV export of the survey: from Google Forms, <em>Responses › Download responses (.csv)</em>; from Microsoft
          Forms, <em>Open results in Excel</em>, then <em>Save As › CSV UTF-8</em>. Nothing is imported until you
          confirm.
        </p>
        <ImportSource
          busy={busy !== null}
          fileName={importer.fileName}
          chooseFile={importer.chooseFile}
          pasteRows={importer.pasteRows}
        />
        {busy === 'reading' || busy === 'previewing' ? (
          <p className="muted" role="status">
            Reading the rows…
          </p>
        ) : null}
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {preview ? (
          <>
            <p className="nps-import__summary" role="status">
              {summaryOf(preview)}
            </p>
            <NpsImportMapping preview={preview} disabled={busy === 'importing'} change={importer.change} />
            {preview.problem ? (
              <p className="notice notice--warning" role="alert">
                {preview.problem}
              </p>
            ) : null}
            <NpsImportRows preview={preview} />
          </>
        ) : null}
        <div className="compose__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!canImport}
            onClick={() => void importer.confirm()}
          >
            {busy === 'importing' ? 'Importing…' : `Import ${plural(ready, 'response', 'responses')}`}
          </button>
          <button type="button" className="button button--ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
