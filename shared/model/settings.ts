import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The playbook's numbers disagree in places, so durations, buffer, the 20% day and the
 * retro slot are settings; these defaults are the playbook's.
 */
export const SettingsSchema = z
  .object({
    engagementWeeks: z.number().int().min(1).max(52),
    bufferWeeks: z.number().int().min(0).max(26),
    maxBackToBack: z.number().int().min(1).max(10),
    twentyPercentDay: z.enum(WEEKDAYS),
    retroDay: z.enum(WEEKDAYS),
    retroTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    retroMinutes: z.number().int().min(5).max(240),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  engagementWeeks: 10,
  bufferWeeks: 3,
  maxBackToBack: 2,
  twentyPercentDay: 'fri',
  retroDay: 'thu',
  retroTime: '14:00',
  retroMinutes: 30,
};

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;
