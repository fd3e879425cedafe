import type { z } from 'zod';
import type { MainServices } from '../../../../../electron/services/mainServices';
import type { InvokeChannel } from '../../../../../shared/channels';
import { contract, type RequestOf, type ResponseOf } from '../../../../../shared/ipc';
import type { TeamIdentity } from '../../../../../shared/ipc/team';
import type { EngagementFile } from '../../../../../shared/model/files';

/**
 * One laptop of the drill: the real main services over its own data folder, reached
 * through the app's channels. Nothing here needs a test runner, so the bench runs the
 * same drill (tests/bench/teamDrill.bench.ts).
 */
export interface Replica {
  /** A short name (A, B, C): it starts every value this laptop writes. */
  name: string;
  identity: TeamIdentity;
  /** Where its team workspace goes (created or joined by the drill). */
  workspace: string;
  services: MainServices;
}

/** What a channel answered: its value, or the error the app gave (a refusal is not an acknowledged edit). */
export type Answer<C extends InvokeChannel> = { ok: true; value: ResponseOf<C> } | { ok: false; message: string };

/** Dispatches as the renderer would; the value is checked against the contract's response schema. */
export async function attempt<C extends InvokeChannel>(
  replica: Replica,
  channel: C,
  payload: RequestOf<C>,
): Promise<Answer<C>> {
  const result = await replica.services.dispatch(channel, payload);
  if (!result.ok) return { ok: false, message: `${result.error.code}: ${result.error.message}` };
  const schema: z.ZodType = contract[channel].response;
  return { ok: true, value: schema.parse(result.value) as ResponseOf<C> };
}

/** Like attempt, but a refusal throws: for the drill's own set-up steps, which must work. */
export async function must<C extends InvokeChannel>(
  replica: Replica,
  channel: C,
  payload: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const answer = await attempt(replica, channel, payload);
  if (!answer.ok) throw new Error(`${replica.name} ${channel}: ${answer.message}`);
  return answer.value;
}

/** The engagements this laptop shares through the workspace, in a stable order. */
export function sharedIds(replica: Replica): string[] {
  return [...(replica.services.team.status().workspace?.engagementIds ?? [])].sort();
}

export function docOf(replica: Replica, engagementId: string): Readonly<EngagementFile> {
  return replica.services.engagements.readDoc(engagementId);
}
