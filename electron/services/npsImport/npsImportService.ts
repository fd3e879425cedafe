import type { NpsImportOptions, NpsImportPreview, NpsImportSource } from '../../../shared/model/npsImport';
import { MAX_NPS_RESPONSES, NpsResponseSchema, type NpsResponse } from '../../../shared/model/projectRetro';
import type { EngagementRepository } from '../engagements';
import { AppError } from '../errors';
import type { HandlersFor } from '../router';
import { sourceText } from './decode';
import { buildPreview } from './preview';
import { readTable } from './table';

export interface NpsImportDeps {
  engagements: EngagementRepository;
  now: () => Date;
  newId: () => string;
}

/**
 * "Import responses" on the NPS panel: a Google Forms or Microsoft Forms CSV export (or
 * rows pasted from a spreadsheet), read here in main and never trusted. The preview reads
 * the file; the import reads it again with the same choices and stores exactly the rows the
 * user saw as ready, in one write, or nothing.
 */
export class NpsImportService {
  constructor(private readonly deps: NpsImportDeps) {}

  preview(engagementId: string, source: NpsImportSource, options: NpsImportOptions): NpsImportPreview {
    const { engagement, project } = this.deps.engagements.readDoc(engagementId);
    return buildPreview({
      table: readTable(sourceText(source)),
      options,
      existing: project.nps,
      people: engagement.people,
      now: this.deps.now(),
    });
  }

  /** Imports the ready rows; refused when the preview the user confirmed (`expected` ready rows) no longer holds. */
  run(engagementId: string, source: NpsImportSource, options: NpsImportOptions, expected: number): NpsResponse[] {
    const preview = this.preview(engagementId, source, options);
    if (preview.problem !== null) throw new AppError('invalid-payload', preview.problem);
    if (preview.counts.ready === 0) throw new AppError('invalid-payload', 'No row is ready to import.');
    if (preview.counts.ready !== expected) {
      throw new AppError(
        'invalid-payload',
        `The preview showed ${expected} responses to import; the file now gives ${preview.counts.ready}. Nothing was imported: check the preview again.`,
      );
    }
    const stamp = this.deps.now().toISOString();
    // Parsed with the schema responses are stored with: what is imported loads again.
    const responses = preview.rows.flatMap((row) =>
      row.status === 'ready' && row.response
        ? [
            NpsResponseSchema.parse({
              ...row.response,
              id: this.deps.newId(),
              createdAt: row.response.createdAt ?? stamp,
            }),
          ]
        : [],
    );
    this.deps.engagements.mutateDoc(engagementId, (doc) => {
      // Checked again inside the write: the file's cap, past which the engagement would not load.
      if (doc.project.nps.length + responses.length > MAX_NPS_RESPONSES) {
        throw new AppError('invalid-payload', `An engagement holds at most ${MAX_NPS_RESPONSES} NPS responses.`);
      }
      return { ...doc, project: { ...doc.project, nps: [...doc.project.nps, ...responses] } };
    });
    return responses;
  }

  /** Undo of an import: removes the responses it added (those still there). */
  undo(engagementId: string, responseIds: readonly string[]): { removed: number } {
    const ids = new Set(responseIds);
    const present = this.deps.engagements.readDoc(engagementId).project.nps.filter((r) => ids.has(r.id)).length;
    if (present > 0) {
      this.deps.engagements.mutateDoc(engagementId, (doc) => ({
        ...doc,
        project: { ...doc.project, nps: doc.project.nps.filter((r) => !ids.has(r.id)) },
      }));
    }
    return { removed: present };
  }
}

/** The npsImport:* channels. */
export function npsImportHandlers(service: NpsImportService): HandlersFor<'npsImport'> {
  return {
    'npsImport:preview': ({ engagementId, source, options }) => service.preview(engagementId, source, options),
    'npsImport:run': ({ engagementId, source, options, expected }) => ({
      imported: service.run(engagementId, source, options, expected),
    }),
    'npsImport:undo': ({ engagementId, responseIds }) => service.undo(engagementId, responseIds),
  };
}
