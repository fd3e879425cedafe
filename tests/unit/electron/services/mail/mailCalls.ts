import os from 'node:os';
import { parseWithPostalMime } from '../../../support/mime';
import { RETRY_DELAY_MS, type MailWorld } from '../../../support/mailWorld';

/** The helpers the mail service tests share (the tests were one file, split by topic). */

export const PASSWORD = 'correct horse — battery stäple';

/** This machine's address on a network interface (not loopback), if it has one. */
export const networkAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;

export async function composed(world: MailWorld) {
  return world.call('mail:compose', {
    engagementId: world.engagement.id,
    note: { kind: 'retro', retroId: world.retro.id },
  });
}

/** "Your name and email", without which main makes no draft. */
export const AUTHOR = { name: 'Zoë Ångström', email: 'zoe@example.com' };
export async function withAuthor(world: MailWorld): Promise<MailWorld> {
  await world.call('mail:saveAuthor', { author: AUTHOR });
  return world;
}

export async function send(world: MailWorld) {
  return world.call('mail:send', {
    engagementId: world.engagement.id,
    note: { kind: 'retro', retroId: world.retro.id },
    headers: world.headers,
  });
}

/** Moves the test clock past the next attempt and runs the outbox once. */
export async function nextRound(world: MailWorld, times = 1) {
  for (let i = 0; i < times; i++) {
    world.clock.advance(RETRY_DELAY_MS);
    await world.services.mail.outbox.kick();
  }
}

export async function messageIdsOf(raws: Buffer[]): Promise<(string | null)[]> {
  return Promise.all(raws.map(async (raw) => (await parseWithPostalMime(raw)).messageId));
}
