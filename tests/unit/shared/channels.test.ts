import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/channels';
import { contract, events } from '../../../shared/ipc';

/**
 * shared/channels.ts is generated from the contract: the sandboxed preload needs the channel
 * names without zod, and the contract (shared/ipc.ts, merged from shared/ipc/<service>.ts) is the
 * only list a person edits.
 * This test renders the file from the contract and fails when the one on disk is stale;
 * `npm run channels` (this test with -u) rewrites it. The rendering goes through Prettier with
 * the repository's config, so the file on disk passes `npm run format:check` as written.
 */
function list(names: string[]): string {
  return names.map((name) => `  '${name}',`).join('\n');
}

function renderChannelsModule(invoke: string[], event: string[]): string {
  return `// GENERATED from the contract in shared/ipc.ts by tests/unit/shared/channels.test.ts.
// Do not edit: add the channel to \`contract\` or \`events\` there, then run \`npm run channels\`.
/**
 * The channel names alone, without schemas, so the sandboxed preload can import them
 * without bundling zod. shared/ipc.ts checks at compile time that this list and the
 * contract agree.
 */
export const INVOKE_CHANNELS = [
${list(invoke)}
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = [
${list(event)}
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
`;
}

describe('shared/channels.ts', () => {
  it('is generated from the contract and up to date (npm run channels rewrites it)', async () => {
    const target = fileURLToPath(new URL('../../../shared/channels.ts', import.meta.url));
    const options = { ...(await resolveConfig(target)), filepath: target };
    const rendered = await format(renderChannelsModule(Object.keys(contract), Object.keys(events)), options);
    await expect(rendered).toMatchFileSnapshot('../../../shared/channels.ts');
  });

  it('lists the contract channels in the contract order', () => {
    expect([...INVOKE_CHANNELS]).toEqual(Object.keys(contract));
    expect([...EVENT_CHANNELS]).toEqual(Object.keys(events));
  });
});
