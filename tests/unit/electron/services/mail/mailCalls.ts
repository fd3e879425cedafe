import os from 'node:os';
import type { MailWorld } from '../../../support/mailWorld';

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
