import { z } from 'zod';
import { IdSchema } from '../model/engagement';
import { type ChannelGroup, Empty } from './common';

/** Who commits: the user's name and email, as git records them on each change they make. */
export const TeamIdentitySchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(100, 'A name of at most 100 characters.'),
    email: z
      .string()
      .trim()
      .max(254, 'An email of at most 254 characters.')
      .regex(/^[^\s@<>]+@[^\s@<>]+$/, 'Enter an email such as ana@example.com.'),
  })
  .strict();
export type TeamIdentity = z.infer<typeof TeamIdentitySchema>;

/**
 * A git remote as the user types it: https://, http://, ssh://, file:// or scp-like
 * `git@host:team/aux.git`. Never an option (a leading "-" would be read by git as one) and
 * never a transport that runs a command (`ext::`).
 */
export const RemoteUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the URL of the team’s git repository.')
  .max(2000, 'A URL of at most 2000 characters.')
  .refine((url) => !url.startsWith('-'), 'A URL cannot start with “-”.')
  .refine(
    (url) => /^(https?|ssh|file):\/\/[^\s]+$/.test(url) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\s]+$/.test(url),
    'Use an https://, ssh:// or file:// URL, or git@host:path.',
  );

/** A folder on this computer, chosen in the dialog or typed: absolute. */
export const FolderPathSchema = z
  .string()
  .trim()
  .min(1, 'Choose a folder.')
  .max(1000, 'A path of at most 1000 characters.')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p), 'Choose a full path (starting at / or a drive).')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'A path cannot go up with “..”.');

/**
 * Where the workspace stands, always shown (the sidebar's sync status):
 * - none: no team workspace on this laptop;
 * - up-to-date: nothing to send, the last sync worked;
 * - to-send: changes made here wait to be sent (offline, or before the next sync);
 * - syncing: a sync is running;
 * - offline: the remote could not be reached (changes pile up and go later);
 * - failed: a sync failed for another reason, in `message`;
 * - conflict: two laptops changed the same field; the conflict view shows both.
 */
export const TEAM_STATES = ['none', 'up-to-date', 'to-send', 'syncing', 'offline', 'failed', 'conflict'] as const;
export type TeamState = (typeof TEAM_STATES)[number];

export const TeamStatusSchema = z
  .object({
    state: z.enum(TEAM_STATES),
    workspace: z
      .object({
        dir: z.string(),
        remote: z.string().nullable(),
        /** The engagements that live in the workspace (shared with the team). */
        engagementIds: z.array(IdSchema),
      })
      .nullable(),
    identity: TeamIdentitySchema.nullable(),
    /** Commits made here that the remote does not have yet. */
    toSend: z.number().int().nonnegative(),
    conflicts: z.number().int().nonnegative(),
    lastSyncAt: z.string().nullable(),
    /** The state in words a user can act on (why a sync failed, how to install git…); null when all is well. */
    message: z.string().nullable(),
    /** Local branches that keep this laptop's records after the remote's history was rewritten. */
    kept: z.array(z.string()),
  })
  .strict();
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

/** One field two laptops changed differently, as the conflict view shows it. */
export const ConflictFieldViewSchema = z
  .object({
    label: z.string(),
    /** How to show each side: a rich-text note, plain text, or another value (shown as text). */
    kind: z.enum(['note', 'text', 'value']),
    ours: z.unknown(),
    theirs: z.unknown(),
    /** Both can be kept, one after the other (notes and text). */
    canKeepBoth: z.boolean(),
  })
  .strict();

export const ConflictViewSchema = z
  .object({
    id: IdSchema,
    engagementId: IdSchema,
    engagementName: z.string(),
    /** The record in words ("Retro of 3 Dec 2026"). */
    recordLabel: z.string(),
    createdAt: z.string(),
    oursBy: z.string().nullable(),
    theirsBy: z.string().nullable(),
    fields: z.array(ConflictFieldViewSchema),
  })
  .strict();
export type ConflictView = z.infer<typeof ConflictViewSchema>;

export const CONFLICT_CHOICES = ['ours', 'theirs', 'both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/** Team NPS: every response in the workspace, by engagement, in date order. */
export const TeamNpsPointSchema = z
  .object({ engagementId: IdSchema, engagementName: z.string(), date: z.string(), score: z.number().int() })
  .strict();

/** The last change to one record of a shared engagement: by whom ("You" for this laptop's user) and when. */
export const RecordEditSchema = z.object({ record: z.string(), by: z.string(), at: z.string() }).strict();
export type RecordEdit = z.infer<typeof RecordEditSchema>;

/** The team workspace: a git repository shared through the team's own remote (electron/team/). */
export const teamChannels = {
  'team:status': { request: Empty, response: TeamStatusSchema },
  /** Asks the system for a folder (a dialog in Electron); null when the user cancelled. */
  'team:chooseFolder': { request: Empty, response: z.object({ dir: z.string().nullable() }).strict() },
  /** Starts a workspace in `dir` (an empty or new folder), with `remote` when given, and syncs. */
  'team:create': {
    request: z
      .object({ dir: FolderPathSchema, remote: RemoteUrlSchema.nullable(), identity: TeamIdentitySchema })
      .strict(),
    response: TeamStatusSchema,
  },
  /** Clones the team's workspace from `remote` into `dir` (an empty or new folder). */
  'team:join': {
    request: z.object({ dir: FolderPathSchema, remote: RemoteUrlSchema, identity: TeamIdentitySchema }).strict(),
    response: TeamStatusSchema,
  },
  'team:setIdentity': { request: TeamIdentitySchema, response: TeamStatusSchema },
  /** Commits what is unsaved, pulls, merges record by record, pushes. */
  'team:sync': { request: Empty, response: TeamStatusSchema },
  /** Moves an engagement into the workspace (shared) or back to this laptop only. */
  'team:move': {
    request: z.object({ engagementId: IdSchema, to: z.enum(['workspace', 'personal']) }).strict(),
    response: TeamStatusSchema,
  },
  'team:conflicts': { request: Empty, response: z.array(ConflictViewSchema) },
  /** Resolves a conflict: one choice per field, in the view's order; the resolution is committed. */
  'team:resolve': {
    request: z
      .object({
        engagementId: IdSchema,
        conflictId: IdSchema,
        choices: z.array(z.enum(CONFLICT_CHOICES)).min(1).max(200),
      })
      .strict(),
    response: TeamStatusSchema,
  },
  'team:nps': { request: Empty, response: z.array(TeamNpsPointSchema) },
  /** Who last changed each record of a shared engagement, and when (from git): "Edited by Ana, 3 Dec". */
  'team:edits': {
    request: z.object({ engagementId: IdSchema }).strict(),
    response: z.array(RecordEditSchema),
  },
} as const satisfies ChannelGroup;
