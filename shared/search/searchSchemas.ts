import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../model/engagement';
import { SEARCH_KINDS } from './searchDoc';

/** What the renderer may ask: the query as typed, the filters, how many hits it shows. */
export const SearchRequestSchema = z
  .object({
    query: z.string().max(500, 'A search is at most 500 characters.'),
    filters: z
      .object({
        engagementIds: z.array(IdSchema).max(500).optional(),
        kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        person: z.string().max(120).optional(),
      })
      .strict(),
    limit: z.number().int().min(1).max(200),
  })
  .strict();
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const SearchProgressSchema = z
  .object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
  .strict();

const SnippetSchema = z
  .object({
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  })
  .strict();

/** One searchable piece of a record (see SearchDoc): also the shape of the saved index files. */
export const SearchDocSchema = z
  .object({
    id: z.string(),
    recordKey: z.string(),
    engagementId: z.string(),
    engagementName: z.string(),
    kind: z.enum(SEARCH_KINDS),
    recordId: z.string(),
    section: z.string().nullable(),
    title: z.string(),
    date: z.string().nullable(),
    people: z.array(z.string()),
    text: z.string(),
  })
  .strict();

const HitSchema = SearchDocSchema.pick({
  engagementId: true,
  engagementName: true,
  kind: true,
  recordId: true,
  section: true,
  title: true,
  date: true,
})
  .extend({ docId: z.string(), score: z.number(), snippet: SnippetSchema })
  .strict();
export type SearchHitPayload = z.infer<typeof HitSchema>;

export const SearchAnswerSchema = z
  .object({
    groups: z.array(
      z
        .object({
          engagementId: IdSchema,
          engagementName: z.string(),
          records: z.array(
            z
              .object({
                recordKey: z.string(),
                kind: z.enum(SEARCH_KINDS),
                recordId: z.string(),
                title: z.string(),
                date: z.string().nullable(),
                hits: z.array(HitSchema),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    total: z.number().int().nonnegative(),
    indexing: SearchProgressSchema.nullable(),
  })
  .strict();
export type SearchAnswerPayload = z.infer<typeof SearchAnswerSchema>;
