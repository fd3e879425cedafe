import { useRef, useState } from 'react';
import type { NpsImportOptions, NpsImportPreview, NpsImportSource } from '../../../../shared/model/npsImport';
import { messageOf } from '../../../api';
import { useAppStore } from '../../../store';
import { fileAsBase64 } from './readFile';

export const GUESS_ALL: NpsImportOptions = { mapping: null, hasHeader: null, dateOrder: null, defaultRole: 'other' };

/** The choices a preview settled on, to send again when one of them changes. */
export const settledOptions = (preview: NpsImportPreview): NpsImportOptions => ({
  mapping: preview.mapping,
  hasHeader: preview.hasHeader,
  dateOrder: preview.dateOrder,
  defaultRole: preview.defaultRole,
});

export type ImportBusy = 'reading' | 'previewing' | 'importing' | null;

/**
 * The import dialog's state: what was chosen or pasted, main's preview of it, and the one
 * confirmation that imports. Each change asks main again; an answer overtaken by a later
 * change is dropped.
 */
export function useNpsImport(engagementId: string, onImported: () => void) {
  const previewNpsImport = useAppStore((s) => s.previewNpsImport);
  const importNpsResponses = useAppStore((s) => s.importNpsResponses);
  const [source, setSource] = useState<NpsImportSource | null>(null);
  const [preview, setPreview] = useState<NpsImportPreview | null>(null);
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);

  const ask = async (next: NpsImportSource, options: NpsImportOptions) => {
    const mine = ++asked.current;
    setBusy('previewing');
    setError(null);
    try {
      const answer = await previewNpsImport({ engagementId, source: next, options });
      if (mine !== asked.current) return;
      setSource(next);
      setPreview(answer);
    } catch (failure) {
      if (mine !== asked.current) return;
      setPreview(null);
      setError(messageOf(failure));
    } finally {
      if (mine === asked.current) setBusy(null);
    }
  };

  const role = preview?.defaultRole ?? GUESS_ALL.defaultRole;
  const chooseFile = async (file: File) => {
    setBusy('reading');
    try {
      const base64 = await fileAsBase64(file);
      await ask({ kind: 'file', name: file.name, base64 }, { ...GUESS_ALL, defaultRole: role });
    } catch (failure) {
      setBusy(null);
      setPreview(null);
      setError(messageOf(failure));
    }
  };
  const pasteRows = (text: string) => ask({ kind: 'paste', text }, { ...GUESS_ALL, defaultRole: role });
  /** A changed choice: the others as the last preview settled them. */
  const change = (patch: Partial<NpsImportOptions>) => {
    if (source && preview) void ask(source, { ...settledOptions(preview), ...patch });
  };
  const confirm = async () => {
    if (!source || !preview) return;
    setBusy('importing');
    try {
      await importNpsResponses({
        engagementId,
        source,
        options: settledOptions(preview),
        expected: preview.counts.ready,
      });
      onImported();
    } catch (failure) {
      setError(`Nothing was imported: ${messageOf(failure)}`);
    } finally {
      setBusy(null);
    }
  };
  const fileName = source?.kind === 'file' ? source.name : null;
  return { preview, busy, error, fileName, chooseFile, pasteRows, change, confirm };
}
