import { z } from 'zod';
import { IdSchema } from '../model/engagement';
import { PAPERS } from '../print/paper';
import type { ChannelGroup } from './common';
import { Empty } from './common';

/** What a PDF is made of: one weekly retro, or the engagement's project retro. */
export const PdfSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('retro'), retroId: IdSchema }).strict(),
  z.object({ kind: z.literal('project') }).strict(),
]);
export type PdfSubject = z.infer<typeof PdfSubjectSchema>;

export const PaperSchema = z.enum(PAPERS, { message: 'Choose A4 or Letter.' });

/** The print view's document: see shared/print/printDocument.ts. */
export const PrintDocumentSchema = z.object({
  title: z.string(),
  footer: z.string(),
  html: z.string(),
});

const InJob = { jobId: IdSchema };

/**
 * Export PDF. The renderer asks pdf:export; main builds the document, opens the print view
 * (a hidden window on the renderer's print page), which fetches it with print:document, lays
 * it out and says so with print:rendered; then main prints it and asks where to save it.
 */
export const pdfChannels = {
  /** The paper the export dialog offers first: Letter in the US and Canada, A4 elsewhere (the OS's locale). */
  'pdf:defaults': { request: Empty, response: z.object({ paper: PaperSchema }) },
  /** Makes the PDF and saves it where the user chooses; path null when they cancel. */
  'pdf:export': {
    request: z.object({ engagementId: IdSchema, subject: PdfSubjectSchema, paper: PaperSchema }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  /** The print view asks for the document of its job (once: the job is gone after it is printed). */
  'print:document': { request: z.object(InJob).strict(), response: PrintDocumentSchema },
  /** The print view has laid the document out (error null), or could not (its words). */
  'print:rendered': {
    request: z.object({ ...InJob, error: z.string().max(2000).nullable() }).strict(),
    response: z.object({}),
  },
} as const satisfies ChannelGroup;
