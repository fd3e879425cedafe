import { z } from 'zod';
import { IdSchema } from '../model/engagement';
import { kindOfPath } from '../model/records/recordPaths';
import { isPlainObject } from './jsonValue';

/**
 * A record two laptops edited differently, as the sync engine keeps it in the workspace
 * (conflicts/<engagementId>/<id>.json) until someone picks: which record, who made each
 * side, and each field both changed, with both values. The record itself holds ours in
 * those fields meanwhile, so it stays valid and readable.
 */
export const CONFLICT_FILE_VERSION = 1;
export const CONFLICTS_FOLDER = 'conflicts';

/**
 * A note nests 24 nodes (shared/model/note.ts), two JSON levels each (the node, its
 * content list), and a mark's attributes add four; a whole record puts it three lower.
 */
const MAX_JSON_DEPTH = 64;
/** About 8 MB of text in all: both sides of a whole retro with four full 1 MB notes fit. */
export const MAX_CONFLICT_UNITS = 8_500_000;
export const MAX_CONFLICT_FIELDS = 500;

/**
 * The size of a JSON value (one unit a value, plus a string's length), or null when it is
 * not JSON (undefined, a non-finite number, a class instance) or nests deeper than
 * MAX_JSON_DEPTH. Walks with a stack, so a hostile thousands-deep value cannot overflow it.
 */
export function jsonUnits(value: unknown): number | null {
  let units = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_JSON_DEPTH) return null;
    units += 1;
    if (node === null || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return null;
    } else if (typeof node === 'string') {
      units += node.length;
    } else if (Array.isArray(node)) {
      for (const item of node as unknown[]) stack.push([item, depth + 1]);
    } else if (isPlainObject(node) && Object.getPrototypeOf(node) === Object.prototype) {
      for (const [key, item] of Object.entries(node)) {
        units += key.length;
        stack.push([item, depth + 1]);
      }
    } else {
      return null;
    }
  }
  return units;
}

const JsonValueSchema = z.custom<unknown>((value) => jsonUnits(value) !== null, {
  message: 'A value must be plain JSON, nested at most 64 levels.',
});

export const ConflictPathSchema = z
  .array(z.union([z.string().min(1).max(200), z.number().int().nonnegative()]))
  .max(40);

export const ConflictFieldSchema = z
  .object({
    path: ConflictPathSchema,
    /** The field in the user's words (./conflictLabels.ts). */
    label: z.string().min(1).max(500),
    /** Absent: that side deleted the field (or the record, when the path is empty). */
    ours: JsonValueSchema.optional(),
    theirs: JsonValueSchema.optional(),
  })
  .strict();
export type ConflictField = z.infer<typeof ConflictFieldSchema>;

/** Who made a side: the author of its commit as git names them, null when not known. */
const AuthorSchema = z.string().max(200).nullable();

export const ConflictRecordSchema = z
  .object({
    schemaVersion: z.literal(CONFLICT_FILE_VERSION),
    id: IdSchema,
    engagementId: IdSchema,
    /** The record's path inside the engagement's folder (shared/model/records/recordPaths.ts). */
    record: z
      .string()
      .max(200)
      .refine((path) => kindOfPath(path) !== null, { message: 'Not the path of a record of an engagement.' }),
    createdAt: z.iso.datetime(),
    oursBy: AuthorSchema,
    theirsBy: AuthorSchema,
    fields: z.array(ConflictFieldSchema).min(1).max(MAX_CONFLICT_FIELDS),
  })
  .strict()
  .superRefine((conflict, ctx) => {
    const units = conflict.fields.reduce(
      (sum, field) => sum + (jsonUnits(field.ours) ?? 0) + (jsonUnits(field.theirs) ?? 0),
      0,
    );
    if (units > MAX_CONFLICT_UNITS) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'The conflict is too big to keep.' });
    }
  });
export type ConflictRecord = z.infer<typeof ConflictRecordSchema>;

/** The conflict's file name in conflicts/<engagementId>/; the id is checked, as it names a file. */
export function conflictFileName(id: string): string {
  if (!IdSchema.safeParse(id).success) throw new Error(`“${id}” cannot name a conflict’s file.`);
  return `${id}.json`;
}

/** The conflict's path in the workspace, `/` between parts. */
export function conflictPath(engagementId: string, id: string): string {
  if (!IdSchema.safeParse(engagementId).success) throw new Error(`“${engagementId}” is not an engagement’s id.`);
  return `${CONFLICTS_FOLDER}/${engagementId}/${conflictFileName(id)}`;
}
