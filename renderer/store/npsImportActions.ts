import type { RequestOf } from '../../shared/ipc';
import type { NpsImportPreview } from '../../shared/model/npsImport';
import type { ProjectSection } from '../../shared/model/projectRetro';
import { invoke } from '../api';
import type { Toast } from './uiSlice';
import { attempt, undoToast } from './writes';

type ImportRequest = RequestOf<'npsImport:run'>;

export interface NpsImportActions {
  /** Reads a Forms export in main and answers what importing it would do; stores nothing. Throws when refused. */
  previewNpsImport: (request: Omit<ImportRequest, 'expected'>) => Promise<NpsImportPreview>;
  /** Imports the rows the preview showed ready, with Undo; throws when refused (nothing imported). */
  importNpsResponses: (request: ImportRequest) => Promise<number>;
}

interface ProjectHelpers {
  withSection: (engagementId: string, change: (section: ProjectSection) => ProjectSection) => void;
  toast: (toast: Omit<Toast, 'id' | 'createdAt'>) => number;
  refreshNps: () => void;
  reload: (engagementId: string) => void;
}

/** The project slice's NPS import: the preview, and the import with its Undo (which removes what it added). */
export function npsImportActions({ withSection, toast, refreshNps, reload }: ProjectHelpers): NpsImportActions {
  return {
    previewNpsImport: (request) => invoke('npsImport:preview', request),
    importNpsResponses: async (request) => {
      const { engagementId } = request;
      const { imported } = await invoke('npsImport:run', request);
      withSection(engagementId, (s) => ({ ...s, nps: [...s.nps, ...imported] }));
      refreshNps();
      const count = imported.length === 1 ? '1 response' : `${imported.length} responses`;
      toast(
        undoToast(`Imported ${count}.`, async () => {
          const undone = await attempt(toast, 'Could not undo the import', () =>
            invoke('npsImport:undo', { engagementId, responseIds: imported.map((r) => r.id) }),
          );
          if (undone) reload(engagementId);
        }),
      );
      return imported.length;
    },
  };
}
