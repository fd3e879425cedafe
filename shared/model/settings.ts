import { z } from 'zod';
import { singleLine } from './engagement';
import { DEFAULT_RETRO_PHASE_MINUTES, RETRO_STEPS } from './retroSteps';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The playbook's numbers disagree in places, so durations, buffer, the 20% day and the
 * retro slot are settings; these defaults are the playbook's.
 */
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const whole = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How the notes leave the app: the compose dialog's choices, in its order. */
export const MAIL_METHODS = ['smtp', 'draft', 'eml', 'mailto', 'copy'] as const;
export type MailMethod = (typeof MAIL_METHODS)[number];

export const SettingsSchema = z
  .object({
    engagementWeeks: whole('Engagement length', 1, 52),
    bufferWeeks: whole('Buffer', 0, 26),
    maxBackToBack: whole('Back-to-back limit', 1, 10),
    workingDays: z
      .array(z.enum(WEEKDAYS))
      .min(1, 'Choose at least one working day.')
      .refine((days) => new Set(days).size === days.length, { message: 'A day is listed twice.' }),
    twentyPercentDay: z.enum(WEEKDAYS, { message: 'Choose a day.' }),
    retroDay: z.enum(WEEKDAYS, { message: 'Choose a day.' }),
    retroTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM.'),
    retroMinutes: whole('Retro length', 5, 240),
    // Settings format 3 (the weekly planner):
    /** The share of working hours spent pairing that the 80/20 gauge aims for. */
    pairingTarget: whole('Pairing target', 50, 100),
    /** Planned hours of a new week's working day. */
    dayHours: z
      .number({ message: 'Hours per day must be a number.' })
      .min(1, 'Hours per day must be at least 1.')
      .max(12, 'Hours per day must be at most 12.')
      .refine((h) => Number.isInteger(h * 4), { message: 'Use quarter hours (e.g. 7.5).' }),
    /** When the day's block starts in an exported calendar. */
    dayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM.'),
    // Settings format 4 (the engagement lifecycle):
    /** "Longer than a quarter": an engagement longer than this many weeks warns; a break this long ends a back-to-back run. */
    maxEngagementWeeks: whole('Longest engagement', 1, 52),
    /** Desktop notifications for a retro starting and a check-in due: opt-in. */
    notifications: z.boolean(),
    // Settings format 5 (issue 12):
    /**
     * Check spelling as you type: opt-in, because on Windows and Linux Chromium downloads
     * the dictionary from Google's servers (macOS uses the system's spell checker).
     */
    spellcheck: z.boolean(),
    // Settings format 6 (issue 16): light or dark whatever the system says (a projector
    // wants light), or the system's.
    theme: z.enum(THEMES, { message: 'Choose system, light or dark.' }),
    // Settings format 7 (issue 16): the compose dialog offers first the way the notes left
    // last time (null until a first mail); and the retro timer's minutes per step.
    mailMethod: z.enum(MAIL_METHODS, { message: 'Choose a way to send.' }).nullable(),
    retroPhaseMinutes: z
      .array(whole('A step', 1, 60))
      .length(RETRO_STEPS.length, `Give minutes for each of the ${RETRO_STEPS.length} steps.`),
    // Settings format 8 (issue 18): the aux team's name, as the NPS survey asks about it
    // ("How likely are you to recommend Aux Eng?"): teams call themselves other things.
    teamName: singleLine('Your team’s name', 60).pipe(z.string().min(1, 'Enter your team’s name.')),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.workingDays.includes(s.twentyPercentDay)) {
      ctx.addIssue({
        code: 'custom',
        path: ['twentyPercentDay'],
        message: 'The 20% day must be one of the working days.',
      });
    }
    if (!s.workingDays.includes(s.retroDay)) {
      ctx.addIssue({ code: 'custom', path: ['retroDay'], message: 'The retro day must be one of the working days.' });
    }
  });
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  engagementWeeks: 10,
  bufferWeeks: 3,
  maxBackToBack: 2,
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  twentyPercentDay: 'fri',
  retroDay: 'thu',
  retroTime: '14:00',
  retroMinutes: 30,
  pairingTarget: 80,
  dayHours: 8,
  dayStart: '09:00',
  maxEngagementWeeks: 13,
  notifications: false,
  spellcheck: false,
  theme: 'system',
  mailMethod: null,
  retroPhaseMinutes: [...DEFAULT_RETRO_PHASE_MINUTES],
  teamName: 'Aux Eng',
};

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;
