import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { testClock } from '../../../support/services';
import { closedPort, type Rejection } from '../../../support/smtpServer';
import { useTempDir } from '../../../support/tempDir';
import { send, nextRound, messageIdsOf } from './mailCalls';

describe('the outbox, against a real SMTP server on loopback: rejections, cancel and retry', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

  describe('when the server rejects the message (5xx)', () => {
    const rejections: Rejection[] = [
      { at: 'rcpt', code: 550, message: '5.1.1 Mailbox unavailable' },
      { at: 'data', code: 554, message: '5.7.1 Message rejected as spam' },
    ];

    it.each(rejections)('fails for good with the server’s reason ($code at $at) and is not retried', async (reject) => {
      const server = await worlds.server({ reject });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();

      const item = world.outboxItem(queued.id);
      expect(item.state).toBe('failed');
      expect(item.lastError).toContain(String(reject.code));
      expect(item.lastError).toContain(reject.message);
      expect(item.nextAttemptAt).toBeNull();
      expect(item.sentAt).toBeNull();
      const seen = { rcpt: server.rcptAttempts, data: server.rejectedData };

      await nextRound(world, 5);
      expect(server.rcptAttempts).toBe(seen.rcpt);
      expect(server.rejectedData).toBe(seen.data);
      expect(server.received).toHaveLength(0);
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'failed', attempts: 1 });
      expect(world.logStates.get(queued.id)).toEqual(['queued', 'failed']);
    });

    it('counts one attempt per recipient at RCPT time, once', async () => {
      const server = await worlds.server({ reject: { at: 'rcpt', code: 550, message: '5.1.1 Mailbox unavailable' } });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      await send(world);
      await world.services.mail.outbox.kick();
      await nextRound(world, 3);
      // Ada, Zoë and Grace: each asked for exactly once.
      expect(server.rcptAttempts).toBe(3);
    });

    it('delivers to the recipients the server took and says which one it refused, without sending twice', async () => {
      const server = await worlds.server({
        reject: { at: 'rcpt', code: 550, message: '5.1.1 No such user here', only: 'grace@example.com' },
      });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      await nextRound(world, 3);

      expect(server.received.map((m) => m.to)).toEqual([['ada@example.com', 'zoe@example.com']]);
      const item = world.outboxItem(queued.id);
      expect(item.state).toBe('sent');
      expect(item.lastError).toContain('grace@example.com');
      expect(item.lastError).toContain('550 5.1.1 No such user here');
      expect(item.lastError).not.toContain('ada@example.com');
    });

    it('retries a temporary rejection (4xx) later', async () => {
      const server = await worlds.server({ reject: { at: 'data', code: 451, message: '4.3.0 Try again later' } });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'queued', attempts: 1 });
      expect(world.outboxItem(queued.id).lastError).toContain('451');

      server.reject = null;
      await nextRound(world);
      expect(server.received).toHaveLength(1);
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'sent', attempts: 2 });
    });
  });

  describe('cancel and retry', () => {
    it('cancels a queued message: it is never sent, and the retro log says cancelled', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();

      const cancelled = await world.call('outbox:cancel', { id: queued.id });
      expect(cancelled).toMatchObject({ id: queued.id, state: 'cancelled', nextAttemptAt: null });
      const server = await worlds.server({ port });
      await nextRound(world, 3);
      expect(server.received).toHaveLength(0);
      expect(server.rcptAttempts).toBe(0);
      expect(world.mailLog().map((e) => e.state)).toEqual(['cancelled']);
    });

    it('cannot cancel a message that was sent', async () => {
      const server = await worlds.server();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      const error = await world.fail('outbox:cancel', { id: queued.id }, 'forbidden');
      expect(error.message).toBe('That message was already sent.');
      expect(world.outboxItem(queued.id).state).toBe('sent');
    });

    it('does not send a sent message again on Retry', async () => {
      const server = await worlds.server();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect((await world.call('outbox:retry', { id: queued.id })).state).toBe('sent');
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
    });

    it('sends a failed message again on Retry, with the same Message-ID, once the problem is fixed', async () => {
      const server = await worlds.server({ reject: { at: 'rcpt', code: 550, message: '5.1.1 Mailbox unavailable' } });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect(world.outboxItem(queued.id).state).toBe('failed');

      server.reject = null;
      const retried = await world.call('outbox:retry', { id: queued.id });
      expect(['queued', 'sending']).toContain(retried.state);
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
      expect(await messageIdsOf(server.received.map((m) => m.raw))).toEqual([queued.messageId]);
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
      expect(world.mailLog().map((e) => e.state)).toEqual(['sent']);
    });

    it('sends a waiting message at once on Retry, without waiting for the delay', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      const server = await worlds.server({ port });
      await world.call('outbox:retry', { id: queued.id });
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
      expect(world.outboxItem(queued.id).state).toBe('sent');
    });

    it('says a message is gone for an unknown id', async () => {
      const world = await worlds.open(tempDir());
      expect((await world.fail('outbox:cancel', { id: 'nope' }, 'not-found')).message).toBe(
        'That message is no longer in the outbox.',
      );
      expect((await world.fail('outbox:retry', { id: 'nope' }, 'not-found')).message).toBe(
        'That message is no longer in the outbox.',
      );
    });

    it('keeps a cancelled message cancelled across a restart', async () => {
      const port = await closedPort();
      const first = await worlds.open(tempDir());
      await first.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(first);
      await first.services.mail.outbox.kick();
      await first.call('outbox:cancel', { id: queued.id });
      first.services.flush();
      await first.services.mail.outbox.stop();

      const server = await worlds.server({ port });
      const second = worlds.reopen(tempDir(), first, { clock: testClock('2026-03-06T09:00:00.000Z') });
      await second.services.mail.outbox.kick();
      expect(server.received).toHaveLength(0);
      expect(second.outboxItem(queued.id).state).toBe('cancelled');
      expect(fs.existsSync(outboxJson())).toBe(true);
    });
  });
});
