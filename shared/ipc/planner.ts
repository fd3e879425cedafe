import { z } from 'zod';
import { IdSchema, PersonSchema } from '../model/engagement';
import { PlannerScopeSchema, RitualSchema, WeekKeySchema, WeekPlanSchema } from '../model/planner';
import type { ChannelGroup } from './common';

/** The week planner. */
export const plannerChannels = {
  // The weekly planner: a scope is an engagement (its file) or plain weeks (planner.json).
  'planner:get': {
    request: z.object({ scope: PlannerScopeSchema }).strict(),
    response: z.object({
      weeks: z.record(WeekKeySchema, WeekPlanSchema),
      rituals: z.array(RitualSchema),
      people: z.array(PersonSchema),
    }),
  },
  'planner:saveWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema, plan: WeekPlanSchema }).strict(),
    response: WeekPlanSchema,
  },
  'planner:resetWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema }).strict(),
    response: z.object({}),
  },
  'planner:saveRitual': {
    request: z.object({ engagementId: IdSchema, ritual: RitualSchema }).strict(),
    response: z.array(RitualSchema),
  },
  'planner:deleteRitual': {
    request: z.object({ engagementId: IdSchema, ritualId: IdSchema }).strict(),
    response: z.array(RitualSchema),
  },
  /** Writes the week as an .ics file where the user chooses; path null when they cancel. */
  'planner:exportWeek': {
    request: z.object({ scope: PlannerScopeSchema, week: WeekKeySchema }).strict(),
    response: z.object({ path: z.string().nullable(), events: z.number().int().nonnegative() }),
  },
} as const satisfies ChannelGroup;
