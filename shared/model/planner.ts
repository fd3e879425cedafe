import { z } from 'zod';
import { hasControlChars } from '../text';
import { isWeekKey } from '../week';
import { IdSchema } from './engagement';
import { WEEKDAYS } from './settings';

/** How a working day is spent: with the host team, on 20% time, or not at all. */
export const DAY_KINDS = ['pairing', 'twenty', 'off'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  pairing: 'Pairing',
  twenty: '20% time',
  off: 'Off',
};

/** The order the keyboard cycles through: pairing → 20% → off → pairing. */
export function nextDayKind(kind: DayKind): DayKind {
  switch (kind) {
    case 'pairing':
      return 'twenty';
    case 'twenty':
      return 'off';
    case 'off':
      return 'pairing';
  }
}

/**
 * Planner texts allow a tab (they always did, so stored weeks may hold one); a multi-line one
 * (a day's note) allows line breaks too. See the rule in shared/text.ts.
 */
const text = (label: string, max: number, singleLine: boolean) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .refine((s) => !hasControlChars(s, { tab: true, lineBreaks: !singleLine }), {
      message: singleLine ? `${label} must fit on one line.` : `${label} cannot contain control characters.`,
    });

export const WeekKeySchema = z.string().refine(isWeekKey, { message: 'Not an ISO week (YYYY-Www).' });

const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM.');

export const HoursSchema = z
  .number({ message: 'Hours must be a number.' })
  .min(0, 'Hours cannot be negative.')
  .max(24, 'A day has at most 24 hours.')
  .refine((h) => Number.isInteger(h * 4), { message: 'Use quarter hours (e.g. 7.5).' });

const DayPlanSchema = z
  .object({
    kind: z.enum(DAY_KINDS, { message: 'Choose pairing, 20% time or off.' }),
    hours: HoursSchema,
    note: text('The note', 1000, false),
    /** Pairing log: who you paired with (people of the engagement, by id)… */
    partnerIds: z
      .array(IdSchema)
      .max(20, 'At most 20 partners a day.')
      .refine((ids) => new Set(ids).size === ids.length, { message: 'A partner is listed twice.' }),
    /** …and on what. */
    topic: text('What you paired on', 200, true),
  })
  .strict();
export type DayPlan = z.infer<typeof DayPlanSchema>;

export const WeekPlanSchema = z
  .object({
    days: z.partialRecord(z.enum(WEEKDAYS), DayPlanSchema),
  })
  .strict()
  .refine((week) => Object.keys(week.days).length > 0, { message: 'A week needs at least one day.' });
export type WeekPlan = z.infer<typeof WeekPlanSchema>;

const RITUAL_KINDS = ['standup', 'planning', 'demo', 'retro', 'custom'] as const;
export type RitualKind = (typeof RITUAL_KINDS)[number];

export const RITUAL_KIND_LABELS: Record<RitualKind, string> = {
  standup: 'Stand-up',
  planning: 'Planning',
  demo: 'Demo',
  retro: 'Weekly retro',
  custom: 'Custom',
};

export const RitualSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(RITUAL_KINDS, { message: 'Choose a kind of ritual.' }),
    name: text('Name', 80, true)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, 'Give the ritual a name.')),
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'Choose at least one day.')
      .refine((days) => new Set(days).size === days.length, { message: 'A day is listed twice.' }),
    time: TimeOfDaySchema,
    minutes: z
      .number({ message: 'Duration must be a number.' })
      .int('Duration must be whole minutes.')
      .min(5, 'At least 5 minutes.')
      .max(480, 'At most 8 hours.'),
  })
  .strict();
export type Ritual = z.infer<typeof RitualSchema>;

/** The file's cap on rituals per engagement. */
export const MAX_RITUALS = 50;

/** The weekly retro every engagement has; until edited it follows the settings. */
export const RETRO_RITUAL_ID = 'retro';

const WeeksSchema = z.record(WeekKeySchema, WeekPlanSchema);

/**
 * The planner's section of an engagement file (engagement file format 3). Weeks are
 * stored only once edited: an unedited week is the template, worked out when shown.
 */
export const PlannerSectionSchema = z
  .object({
    weeks: WeeksSchema,
    rituals: z
      .array(RitualSchema)
      .max(MAX_RITUALS, `At most ${MAX_RITUALS} rituals.`)
      .refine((rituals) => new Set(rituals.map((r) => r.id)).size === rituals.length, {
        message: 'Two rituals share an id.',
      })
      .refine((rituals) => rituals.filter((r) => r.kind === 'retro').length <= 1, {
        message: 'An engagement has one weekly retro.',
      }),
  })
  .strict();
export type PlannerSection = z.infer<typeof PlannerSectionSchema>;

export function emptyPlannerSection(): PlannerSection {
  return { weeks: {}, rituals: [] };
}

/** Weeks outside every engagement ("plain weeks"), in planner.json. */
export const PLAIN_PLANNER_FILE_VERSION = 1;
export const PlainPlannerFileSchema = z
  .object({
    schemaVersion: z.literal(PLAIN_PLANNER_FILE_VERSION),
    weeks: WeeksSchema,
  })
  .strict();
export type PlainPlannerFile = z.infer<typeof PlainPlannerFileSchema>;

/** Where a week lives: in an engagement's file, or in planner.json. */
export const PlannerScopeSchema = z.union([
  z.object({ kind: z.literal('engagement'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('plain') }).strict(),
]);
export type PlannerScope = z.infer<typeof PlannerScopeSchema>;
