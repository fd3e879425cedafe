import { z } from 'zod';
import { NPS_ROLES, NpsInputSchema } from './projectRetro';

/**
 * Importing NPS responses from a Google Forms or Microsoft Forms CSV export, or rows pasted
 * from a spreadsheet. The file is read in the renderer only as bytes: it is decoded, parsed,
 * mapped and checked in main (electron/services/npsImport/), row by row, against the schema
 * the responses are stored with, and nothing is stored until the user confirms the preview.
 */

/** A survey's export is a few hundred kB; 5 MB holds 1,000 answers with the longest comments. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Rows beyond the header: more than a survey of one team ever has (an engagement holds 1,000). */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_COLUMNS = 200;

const BASE64_MAX = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const TOO_BIG = 'The file is larger than 5 MB: that is not one survey’s export.';

export const NpsImportSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('file'),
      name: z.string().max(255),
      base64: z
        .string()
        .max(BASE64_MAX, TOO_BIG)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive whole: choose it again.'),
    })
    .strict(),
  z.object({ kind: z.literal('paste'), text: z.string().max(MAX_IMPORT_BYTES, TOO_BIG) }).strict(),
]);
export type NpsImportSource = z.infer<typeof NpsImportSourceSchema>;

/** What a column can hold. */
export const NPS_IMPORT_FIELDS = ['score', 'comment', 'respondent', 'role', 'date'] as const;
export type NpsImportField = (typeof NPS_IMPORT_FIELDS)[number];
export const NPS_IMPORT_FIELD_LABELS: Record<NpsImportField, string> = {
  score: 'Score (0–10)',
  comment: 'Comment',
  respondent: 'Respondent',
  role: 'Role',
  date: 'Date',
};

const ColumnIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_IMPORT_COLUMNS - 1)
  .nullable();
/** The column (by index) each field is read from; null: not in the file. */
export const NpsColumnMappingSchema = z
  .object({ score: ColumnIndex, comment: ColumnIndex, respondent: ColumnIndex, role: ColumnIndex, date: ColumnIndex })
  .strict()
  .refine(
    (m) => {
      const used = Object.values(m).filter((c) => c !== null);
      return new Set(used).size === used.length;
    },
    { message: 'A column can be read as one thing only.' },
  );
export type NpsColumnMapping = z.infer<typeof NpsColumnMappingSchema>;

/** 2/8/2027: the 8th of February (month first, as Google's US exports write it) or the 2nd of August. */
export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const NpsImportOptionsSchema = z
  .object({
    /** null: guessed from the headers (the preview answers with the guess, for the user to change). */
    mapping: NpsColumnMappingSchema.nullable(),
    /** null: guessed from the first row. */
    hasHeader: z.boolean().nullable(),
    /** null: guessed from the dates (a day over 12 tells). */
    dateOrder: z.enum(DATE_ORDERS).nullable(),
    /** The role of a respondent the file does not say and People does not know. */
    defaultRole: z.enum(NPS_ROLES),
  })
  .strict();
export type NpsImportOptions = z.infer<typeof NpsImportOptionsSchema>;

export const IMPORT_ROW_STATUSES = ['ready', 'duplicate', 'error'] as const;

/** One row of the file as it would be imported, or why it will not be. */
export const NpsImportRowSchema = z.object({
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int().positive(),
  status: z.enum(IMPORT_ROW_STATUSES),
  /** The response to store (null when refused); createdAt null: no date, stamped at import. */
  response: NpsInputSchema.extend({ createdAt: z.iso.datetime().nullable() }).nullable(),
  /** Why it is a duplicate or refused, in words; '' when ready. */
  message: z.string(),
  /** A refused row's cells as read (cut short), so the user can find it in the file. */
  cells: z.array(z.string()),
});
export type NpsImportRow = z.infer<typeof NpsImportRowSchema>;

export const NPS_IMPORT_SOURCES = ['google-forms', 'microsoft-forms', 'other'] as const;

export const NpsImportPreviewSchema = z.object({
  /** Which export it looks like, by its headers. */
  source: z.enum(NPS_IMPORT_SOURCES),
  /** Each column's header (or "Column A"… without one). */
  columns: z.array(z.string()).max(MAX_IMPORT_COLUMNS),
  hasHeader: z.boolean(),
  mapping: NpsColumnMappingSchema,
  dateOrder: z.enum(DATE_ORDERS),
  /** Whether the file's dates can be read two ways (2/8/2027); year-first and ISO dates cannot. */
  dateOrderUsed: z.boolean(),
  /** True when no date told day from month: the user should check the order. */
  dateOrderAmbiguous: z.boolean(),
  defaultRole: z.enum(NPS_ROLES),
  rows: z.array(NpsImportRowSchema).max(MAX_IMPORT_ROWS),
  counts: z.object({
    ready: z.number().int().nonnegative(),
    duplicate: z.number().int().nonnegative(),
    error: z.number().int().nonnegative(),
  }),
  /** How many more responses the engagement can hold. */
  room: z.number().int().nonnegative(),
  /** What stops the whole import (no score column), null when the rows can be read. */
  problem: z.string().nullable(),
});
export type NpsImportPreview = z.infer<typeof NpsImportPreviewSchema>;
