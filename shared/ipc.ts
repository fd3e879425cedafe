import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';
import { appChannels } from './ipc/app';
import type { ChannelSchemas } from './ipc/common';
import { engagementChannels } from './ipc/engagements';
import { homeChannels, HomeLinkSchema } from './ipc/home';
import { lifecycleChannels } from './ipc/lifecycle';
import { mailChannels } from './ipc/mail';
import { npsImportChannels } from './ipc/npsImport';
import { pdfChannels } from './ipc/pdf';
import { plannerChannels } from './ipc/planner';
import { projectChannels } from './ipc/project';
import { retroChannels } from './ipc/retros';
import { sampleChannels } from './ipc/sample';
import { searchChannels } from './ipc/search';
import { actionChannels } from './ipc/actions';
import { teamChannels, TeamStatusSchema } from './ipc/team';
import { IdSchema } from './model/engagement';
import { SHOW_ACTIONS } from './screens';
import { SearchProgressSchema } from './search/searchSchemas';

export { StartupProblemSchema, type StartupProblem } from './ipc/app';
export type { NpsPoint } from './ipc/project';

/** New Engagement, the palette, one `show-<id>` per top-level screen (shared/screens.ts), the keyboard flow's two and Present Retro. */
export const MENU_ACTIONS = [
  'new-engagement',
  'command-palette',
  ...SHOW_ACTIONS,
  // Go › This Week's Retro and Help › Keyboard Shortcuts (renderer/features/keyboard/).
  'this-weeks-retro',
  'keyboard-shortcuts',
  // Go › Present Retro (renderer/features/retro/presenter/).
  'present-retro',
  // File › Sync with the Team (electron/team/).
  'team-sync',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/**
 * THE contract between renderer and main: channel -> request and response schemas, and the
 * only list of channels, one file per service under ./ipc/ merged here. Adding one is an
 * entry in its service's file and a handler beside the service; `npm run channels` then
 * regenerates ./channels.ts (the zod-free names the preload allowlists). Until it does, the
 * checks fail to compile: each group cannot name a channel channels.ts lacks (ChannelGroup),
 * and the merge must have every channel it has (below). The compiler checks that the
 * main-process handlers and the renderer's calls agree with the contract.
 */
export const contract = {
  ...appChannels,
  ...engagementChannels,
  ...retroChannels,
  ...mailChannels,
  ...plannerChannels,
  ...projectChannels,
  ...npsImportChannels,
  ...lifecycleChannels,
  ...homeChannels,
  ...searchChannels,
  ...actionChannels,
  ...pdfChannels,
  ...sampleChannels,
  ...teamChannels,
} as const satisfies Record<InvokeChannel, ChannelSchemas>;

export type Contract = typeof contract;
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<Contract[C]['response']>;

export const events = {
  menu: z.object({ action: z.enum(MENU_ACTIONS) }).strict(),
  /** A save failed; the data is kept in memory and the write is retried. */
  'storage-error': z.object({ what: z.string(), message: z.string(), attempt: z.number().int().positive() }).strict(),
  /** Another program changed or deleted a file this app was saving: its changes went to `copy` instead. */
  'storage-conflict': z.object({ what: z.string(), copy: z.string(), how: z.enum(['changed', 'deleted']) }).strict(),
  /** The window is about to close: save what is pending, then call app:readyToClose. */
  lifecycle: z.object({ phase: z.literal('before-close') }).strict(),
  /** Something in the outbox changed state: the renderer refreshes its view. */
  'outbox-changed': z.object({}).strict(),
  /** A desktop notification was clicked: show what it is about. */
  'open-item': z.object({ engagementId: IdSchema, link: HomeLinkSchema }).strict(),
  /** The search index is being built in the background: how far (null when it is done). */
  'search-progress': z.object({ progress: SearchProgressSchema.nullable() }).strict(),
  /** A save was indexed: a search on screen asks again, so what was just written is found. */
  'search-updated': z.object({}).strict(),
  /** Something else (a sync tool, git, an editor) changed an engagement's folder: main holds the new version. */
  'engagement-changed': z
    .object({ engagementId: IdSchema, name: z.string(), how: z.enum(['reloaded', 'added', 'removed']) })
    .strict(),
  /** The team workspace's sync status changed (a sync ran, a change waits to be sent, a conflict). */
  'team-status': TeamStatusSchema,
} as const satisfies Record<EventChannel, z.ZodType>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof events)[E]>;

export const IPC_ERROR_CODES = [
  'invalid-payload',
  'unknown-channel',
  'forbidden',
  'not-found',
  'storage',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** For invalid payloads: dotted field path -> message, ready to show beside the field. */
  fieldErrors?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Turns zod issues into one message per field, keyed by dotted path ("people.0.email"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
