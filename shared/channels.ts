// GENERATED from the contract in shared/ipc.ts by tests/unit/shared/channels.test.ts.
// Do not edit: add the channel to `contract` or `events` there, then run `npm run channels`.
/**
 * The channel names alone, without schemas, so the sandboxed preload can import them
 * without bundling zod. shared/ipc.ts checks at compile time that this list and the
 * contract agree.
 */
export const INVOKE_CHANNELS = [
  'app:startupReport',
  'app:openDataFolder',
  'settings:get',
  'settings:update',
  'app:restoreRecord',
  'app:dismissProblems',
  'app:readyToClose',
  'engagements:list',
  'engagements:get',
  'engagements:create',
  'engagements:update',
  'engagements:delete',
  'engagements:restore',
  'retros:list',
  'retros:create',
  'retros:update',
  'retros:saveNote',
  'retros:setActionItemDone',
  'retros:delete',
  'retros:restore',
  'goals:save',
  'goals:delete',
  'goals:restore',
  'mail:compose',
  'mail:addEmail',
  'mail:draft',
  'mail:saveEml',
  'mail:mailto',
  'mail:copy',
  'mail:copyHeader',
  'mail:send',
  'mail:confirmSent',
  'mail:getSettings',
  'mail:saveSettings',
  'mail:saveAuthor',
  'outbox:list',
  'outbox:retry',
  'outbox:cancel',
  'planner:get',
  'planner:saveWeek',
  'planner:resetWeek',
  'planner:saveRitual',
  'planner:deleteRitual',
  'planner:exportWeek',
  'project:get',
  'project:update',
  'project:saveNote',
  'project:export',
  'milestones:save',
  'milestones:delete',
  'milestones:restore',
  'nps:add',
  'nps:delete',
  'nps:restore',
  'nps:overTime',
  'npsImport:preview',
  'npsImport:run',
  'npsImport:undo',
  'lifecycle:get',
  'lifecycle:update',
  'lifecycle:saveNote',
  'lifecycle:promote',
  'lifecycle:candidates',
  'lifecycle:roster',
  'home:week',
  'search:query',
  'actions:list',
  'pdf:defaults',
  'pdf:export',
  'print:document',
  'print:rendered',
  'sample:create',
  'team:status',
  'team:chooseFolder',
  'team:create',
  'team:join',
  'team:setIdentity',
  'team:sync',
  'team:move',
  'team:conflicts',
  'team:resolve',
  'team:nps',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = [
  'menu',
  'storage-error',
  'storage-conflict',
  'lifecycle',
  'outbox-changed',
  'open-item',
  'search-progress',
  'search-updated',
  'engagement-changed',
  'team-status',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
