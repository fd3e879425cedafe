import { z } from 'zod';
import { SettingsSchema } from '../model/settings';
import { type ChannelGroup, Empty } from './common';

export const StartupProblemSchema = z.object({
  kind: z.enum(['quarantined', 'newer-version', 'snapshot-failed']),
  /** The file as the user would find it in the data folder. */
  file: z.string(),
  /** Where the unreadable copy was moved, for 'quarantined'. */
  movedTo: z.string().nullable(),
  message: z.string(),
  /** The engagement a problem is about (a record of its folder), for the banner's actions. */
  engagementId: z.string().optional(),
  /** The record's path inside its engagement's folder (`retros/<date>-<id>.json`). */
  record: z.string().optional(),
});
export type StartupProblem = z.infer<typeof StartupProblemSchema>;

/** The app itself and its settings: start-up report, data folder, close handshake. */
export const appChannels = {
  'app:startupReport': {
    request: Empty,
    response: z.object({ dataDir: z.string(), problems: z.array(StartupProblemSchema) }),
  },
  'app:openDataFolder': { request: Empty, response: z.object({}) },
  'settings:get': { request: Empty, response: SettingsSchema },
  'settings:update': { request: SettingsSchema, response: SettingsSchema },
  /** The renderer has saved everything pending: the window may close. */
  'app:readyToClose': { request: Empty, response: z.object({}) },
} as const satisfies ChannelGroup;
