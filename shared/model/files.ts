import { z } from 'zod';
import { EngagementSchema, EngagementSummarySchema, ENGAGEMENT_STATUSES, PERSON_ROLES } from './engagement';
import { emptyProjectSection, ProjectSectionSchema } from './projectRetro';
import { emptyRetroSection, RetroSectionSchema } from './retro';
import { emptyPlannerSection, PlannerSectionSchema } from './planner';
import { emptyLifecycleSection, LifecycleSectionSchema } from './lifecycle';
import { SettingsSchema, WindowStateSchema } from './settings';

/**
 * Every file we write carries a `schemaVersion`. Older versions are migrated forward by
 * ./migrations.ts; a newer version than this build knows is left untouched.
 */
// 6: the project retro (milestones, MVP target, project retro notes, NPS), see `project` below.
// 7: the project retro records to whom and when its notes were emailed.
// 8: the engagement lifecycle (sourcing, planning, wrap-up, check-in, follow-ups), see `lifecycle`.
export const ENGAGEMENT_FILE_VERSION = 9;
export const INDEX_FILE_VERSION = 1;
// Lifecycle branch: settings 3 → 4 adds maxEngagementWeeks and notifications. Another
// branch may bump this too; the 3→4 step in migrations.ts is self-contained for renumbering.
// Security branch (issue 12): settings 4 → 5 adds spellcheck, off (it downloads dictionaries).
// Issue 16: settings 5 → 6 adds the theme (System / Light / Dark), following the system.
// Issue 18: settings 7 → 8 adds teamName ("Aux Eng"), the name the NPS survey asks about.
export const SETTINGS_FILE_VERSION = 8;

export const EngagementFileSchema = z
  .object({
    schemaVersion: z.literal(ENGAGEMENT_FILE_VERSION),
    engagement: EngagementSchema,
    /** Goals and weekly retros (version 3; mail log per retro since version 4). */
    retro: RetroSectionSchema,
    /** The weekly planner: the engagement's weeks and rituals (version 5). */
    planner: PlannerSectionSchema,
    /** Milestones, the MVP target date, the project retro and its NPS survey (version 6). */
    project: ProjectSectionSchema,
    /** Sourcing, planning, wrap-up, check-in and follow-ups (version 8). */
    lifecycle: LifecycleSectionSchema,
  })
  .strict();
export type EngagementFile = z.infer<typeof EngagementFileSchema>;

/** A new engagement's file: the engagement, and each feature's empty data. */
export function newEngagementFile(engagement: z.infer<typeof EngagementSchema>): EngagementFile {
  return {
    schemaVersion: ENGAGEMENT_FILE_VERSION,
    engagement,
    retro: emptyRetroSection(),
    planner: emptyPlannerSection(),
    project: emptyProjectSection(),
    lifecycle: emptyLifecycleSection(),
  };
}

/** Version 2 (Aux Desk 0.1, before the planner): the engagement alone. */
export const EngagementFileV2Schema = z.object({
  schemaVersion: z.literal(2),
  engagement: z.record(z.string(), z.unknown()),
});

/**
 * Version 1 (Aux Desk 0.0.x): people had no ids (later features reference people by id)
 * and an engagement that ended early carried no reason.
 */
export const EngagementFileV1Schema = z.object({
  schemaVersion: z.literal(1),
  engagement: z.object({
    id: z.string(),
    name: z.string(),
    hostTeam: z.string(),
    homeTeam: z.string(),
    people: z.array(z.object({ name: z.string(), email: z.string(), role: z.enum(PERSON_ROLES) })),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(ENGAGEMENT_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
});
export type EngagementFileV1 = z.infer<typeof EngagementFileV1Schema>;

export const IndexFileSchema = z
  .object({
    schemaVersion: z.literal(INDEX_FILE_VERSION),
    engagements: z.array(EngagementSummarySchema),
  })
  .strict();
export type IndexFile = z.infer<typeof IndexFileSchema>;

export const SettingsFileSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_FILE_VERSION),
    settings: SettingsSchema,
    window: WindowStateSchema.nullable(),
  })
  .strict();
export type SettingsFile = z.infer<typeof SettingsFileSchema>;
