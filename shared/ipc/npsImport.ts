import { z } from 'zod';
import { IdSchema } from '../model/engagement';
import {
  MAX_IMPORT_ROWS,
  NpsImportOptionsSchema,
  NpsImportPreviewSchema,
  NpsImportSourceSchema,
} from '../model/npsImport';
import { MAX_NPS_RESPONSES, NpsResponseSchema } from '../model/projectRetro';
import { type ChannelGroup, InEngagement } from './common';

const ImportRequest = { ...InEngagement, source: NpsImportSourceSchema, options: NpsImportOptionsSchema };

/** Importing NPS responses from a Forms export: preview (stores nothing), import, and its Undo. */
export const npsImportChannels = {
  'npsImport:preview': { request: z.object(ImportRequest).strict(), response: NpsImportPreviewSchema },
  /** Imports the rows the preview showed ready; `expected` is how many the user confirmed. */
  'npsImport:run': {
    request: z.object({ ...ImportRequest, expected: z.number().int().min(1).max(MAX_IMPORT_ROWS) }).strict(),
    response: z.object({ imported: z.array(NpsResponseSchema).max(MAX_NPS_RESPONSES) }),
  },
  'npsImport:undo': {
    request: z.object({ ...InEngagement, responseIds: z.array(IdSchema).max(MAX_NPS_RESPONSES) }).strict(),
    response: z.object({ removed: z.number().int().nonnegative() }),
  },
} as const satisfies ChannelGroup;
