import { z } from 'zod';
import { EngagementSchema } from '../engagement';
import { FitVoteSchema, LifecycleSectionSchema } from '../lifecycle';
import { PlannerSectionSchema, WeekKeySchema, WeekPlanSchema } from '../planner';
import { NpsResponseSchema, ProjectSectionSchema } from '../projectRetro';
import { RetroSchema, RetroSectionSchema } from '../retro';

/**
 * Layout 10: an engagement is a folder of record files (engagements/<id>/…, see
 * ./recordPaths.ts). Each file is `{ schemaVersion: 10, kind, ...record }`: the envelope
 * says what it holds, so a file copied into the wrong place is refused rather than read
 * as something else, and a file from a newer version is recognised as such.
 */
export const RECORD_FILE_VERSION = 10;

/** A week's file names its week in its content too, so that a renamed file is noticed. */
const WeekRecordSchema = WeekPlanSchema.safeExtend({ week: WeekKeySchema });
export type WeekRecord = z.infer<typeof WeekRecordSchema>;

/**
 * What each kind of record file holds besides its envelope, built from the section
 * schemas of the engagement file (one source of truth: a rule added there applies here).
 * No record has a field named `kind` or `schemaVersion` of its own (recordSchemas.test.ts
 * checks), so the envelope never hides one.
 */
export const RECORD_BODIES = {
  engagement: EngagementSchema,
  goals: RetroSectionSchema.pick({ goals: true }),
  rituals: PlannerSectionSchema.pick({ rituals: true }),
  milestones: ProjectSectionSchema.pick({ mvpTargetDate: true, milestones: true }),
  'project-retro': ProjectSectionSchema.shape.retro,
  lifecycle: LifecycleSectionSchema.omit({ fitVotes: true }),
  retro: RetroSchema,
  week: WeekRecordSchema,
  nps: NpsResponseSchema,
  'fit-vote': FitVoteSchema,
} as const;

export type RecordKind = keyof typeof RECORD_BODIES;
export type RecordBody<K extends RecordKind> = z.output<(typeof RECORD_BODIES)[K]>;

/** A record file as written: the envelope and the record's own fields. */
export type RecordFile = { schemaVersion: typeof RECORD_FILE_VERSION; kind: RecordKind } & Record<string, unknown>;

export function recordFile<K extends RecordKind>(kind: K, body: RecordBody<K>): RecordFile {
  return { ...body, schemaVersion: RECORD_FILE_VERSION, kind };
}

export type RecordReading<K extends RecordKind> =
  | { ok: true; body: RecordBody<K> }
  /** `newer`: written by a newer version of Aux Desk; left as it is, never written over. */
  | { ok: false; newer: boolean; message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not validate';
  return `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`;
}

/** Checks a record file's envelope, then its record against the kind's schema. */
export function readRecord<K extends RecordKind>(kind: K, data: unknown): RecordReading<K> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, newer: false, message: 'it does not hold a JSON object' };
  }
  const { schemaVersion, kind: stated, ...body } = data as Record<string, unknown>;
  if (typeof schemaVersion === 'number' && schemaVersion > RECORD_FILE_VERSION) {
    return {
      ok: false,
      newer: true,
      message: `it was written by a newer version of Aux Desk (format ${schemaVersion})`,
    };
  }
  if (schemaVersion !== RECORD_FILE_VERSION) {
    return { ok: false, newer: false, message: `its schemaVersion is ${JSON.stringify(schemaVersion)}, not 10` };
  }
  if (stated !== kind) {
    return { ok: false, newer: false, message: `it holds ${JSON.stringify(stated)} where a ${kind} record belongs` };
  }
  const parsed = RECORD_BODIES[kind].safeParse(body);
  if (!parsed.success) return { ok: false, newer: false, message: firstIssue(parsed.error) };
  return { ok: true, body: parsed.data as RecordBody<K> };
}
