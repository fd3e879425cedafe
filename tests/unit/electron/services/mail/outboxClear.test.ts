import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxFileSchema, type OutboxItem } from '../../../../../shared/model/mail';
import { withRestored } from '../../../../../electron/services/mail/outboxClear';
import { smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { readJson, useTempDir } from '../../../support/tempDir';
import { send } from './mailCalls';

/** The Outbox's "Clear sent", and its Undo, through the real dispatch and a real SMTP server on loopback. */
describe('Outbox › Clear sent', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const stored = () => OutboxFileSchema.parse(readJson(path.join(tempDir(), 'outbox.json'))).messages.map((m) => m.id);
  const listed = async (world: MailWorld) => (await world.call('outbox:list', {})).map((m) => `${m.id} ${m.state}`);

  /** Three messages, oldest first: sent, failed (the server refused it), sent. */
  async function threeSent() {
    const server = await worlds.server();
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port));
    const first = await send(world);
    await world.services.mail.outbox.kick();
    server.reject = { at: 'data', code: 550, message: '5.7.1 Message refused' };
    const second = await send(world);
    await world.services.mail.outbox.kick();
    server.reject = null;
    const third = await send(world);
    await world.services.mail.outbox.kick();
    expect(await listed(world)).toEqual([`${third.id} sent`, `${second.id} failed`, `${first.id} sent`]);
    return { world, ids: [first.id, second.id, third.id] as const };
  }

  it('removes the sent messages from the list and from outbox.json; the rest stay, the retro keeps its record', async () => {
    const { world, ids } = await threeSent();
    const [first, second, third] = ids;
    expect(await world.call('outbox:clearSent', {})).toEqual({ cleared: [first, third] });
    expect(await listed(world)).toEqual([`${second} failed`]);
    expect(stored()).toEqual([second]);
    // The notes still count as emailed: the retro's mail log is not the outbox.
    expect(world.mailLog().map((e) => `${e.outboxId ?? ''} ${e.state}`)).toEqual([
      `${first} sent`,
      `${second} failed`,
      `${third} sent`,
    ]);
    // Nothing sent: nothing to clear.
    expect(await world.call('outbox:clearSent', {})).toEqual({ cleared: [] });
  });

  it('Undo puts them back where they were, in the list and on disk, once', async () => {
    const { world, ids } = await threeSent();
    const [first, second, third] = ids;
    const { cleared } = await world.call('outbox:clearSent', {});
    const back = await world.call('outbox:restoreSent', { ids: cleared });
    expect(back.map((m) => m.id)).toEqual([third, second, first]);
    expect(await listed(world)).toEqual([`${third} sent`, `${second} failed`, `${first} sent`]);
    expect(stored()).toEqual([first, second, third]);
    const again = await world.fail('outbox:restoreSent', { ids: cleared }, 'not-found');
    expect(again.message).toBe(
      'Those messages can no longer be put back: Aux Desk keeps cleared messages only until it quits.',
    );
    expect(stored()).toEqual([first, second, third]);
  });

  it('a message queued after the clear keeps its place at the end when Undo puts the others back', async () => {
    const { world, ids } = await threeSent();
    const { cleared } = await world.call('outbox:clearSent', {});
    const later = await send(world);
    await world.call('outbox:restoreSent', { ids: cleared });
    expect(stored()).toEqual([...ids, later.id]);
  });

  it('puts back only what this session cleared, by id: not after a restart, not an id it never cleared', async () => {
    const { world, ids } = await threeSent();
    const { cleared } = await world.call('outbox:clearSent', {});
    await world.fail('outbox:restoreSent', { ids: [ids[1]] }, 'not-found');
    await world.fail('outbox:restoreSent', { ids: [] }, 'invalid-payload');
    await world.fail('outbox:restoreSent', { ids: cleared, raw: 'Subject: forged' }, 'invalid-payload');
    await world.fail('outbox:clearSent', { state: 'failed' }, 'invalid-payload');
    await world.services.mail.outbox.stop();
    const reopened = worlds.reopen(tempDir(), world);
    await reopened.fail('outbox:restoreSent', { ids: cleared }, 'not-found');
    expect(stored()).toEqual([ids[1]]);
  });
});

describe('withRestored', () => {
  const item = (id: string) => ({ id }) as OutboxItem;
  it('puts each message back at its old index, in order, and past the end at the end', () => {
    const kept = [item('b'), item('d')];
    const back = withRestored(kept, [
      { item: item('e'), index: 9 },
      { item: item('a'), index: 0 },
      { item: item('c'), index: 2 },
    ]);
    expect(back.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(kept.map((m) => m.id)).toEqual(['b', 'd']);
  });
});
