import { z } from 'zod';
import { EngagementInputSchema, IdSchema, IsoDateSchema } from '../model/engagement';
import { LifecyclePatchSchema } from '../model/lifecycle';
import { NoteInputSchema } from '../model/note';
import { RitualSchema, WeekKeySchema, WeekPlanSchema, MAX_RITUALS } from '../model/planner';
import {
  MAX_MILESTONES,
  MAX_NPS_RESPONSES,
  MilestoneInputSchema,
  NpsInputSchema,
  PROJECT_NOTE_SECTIONS,
} from '../model/projectRetro';
import { MailLogEntrySchema, MAX_GOALS, NOTE_SECTIONS, GoalInputSchema, RetroPatchSchema } from '../model/retro';

/** Each section of a note set, checked as the editor's saves are (NoteInputSchema). */
const notesOf = <K extends string>(sections: readonly K[]) =>
  z.object(Object.fromEntries(sections.map((s) => [s, NoteInputSchema])) as Record<K, typeof NoteInputSchema>).strict();

/**
 * What the sample seeds, step by step through the services, each part in the schema the
 * IPC channel of that step checks (so the sample is held to what the renderer may send).
 * Goal scores name a goal by its `key`; the seeding swaps in the id the service gives it.
 */
export const SamplePlanSchema = z
  .object({
    engagement: EngagementInputSchema,
    goals: z
      .array(z.object({ key: IdSchema, input: GoalInputSchema }).strict())
      .min(1)
      .max(MAX_GOALS),
    retros: z
      .array(
        z
          .object({
            date: IsoDateSchema,
            patch: RetroPatchSchema,
            notes: notesOf(NOTE_SECTIONS),
            mailLog: z.array(MailLogEntrySchema).max(500),
          })
          .strict(),
      )
      .max(100),
    rituals: z.array(RitualSchema).max(MAX_RITUALS),
    weeks: z.array(z.object({ key: WeekKeySchema, plan: WeekPlanSchema }).strict()).max(60),
    milestones: z.array(MilestoneInputSchema).max(MAX_MILESTONES),
    project: z
      .object({
        mvpTargetDate: IsoDateSchema,
        date: IsoDateSchema,
        attendees: RetroPatchSchema.shape.attendees.unwrap(),
        notes: notesOf(PROJECT_NOTE_SECTIONS),
        nps: z.array(NpsInputSchema).max(MAX_NPS_RESPONSES),
      })
      .strict(),
    lifecycle: z
      .object({
        patch: LifecyclePatchSchema,
        notes: z.object({ onePager: NoteInputSchema, kickoffNotes: NoteInputSchema }).strict(),
      })
      .strict(),
  })
  .strict();
export type SamplePlan = z.infer<typeof SamplePlanSchema>;
