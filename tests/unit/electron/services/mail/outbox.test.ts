import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from '../../../../../electron/services/confStoreFactory';
import { defaultRetryDelayMs, Outbox } from '../../../../../electron/services/mail/outbox';
import { RETRY_DELAY_MS, smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { parseWithPostalMime } from '../../../support/mime';
import { recordingPlatform } from '../../../support/platform';
import { testClock } from '../../../support/services';
import { closedPort, type Rejection } from '../../../support/smtpServer';
import { readJson, useTempDir, writeJson } from '../../../support/tempDir';

describe('the outbox, against a real SMTP server on loopback', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

  async function send(world: MailWorld) {
    return world.call('mail:send', {
      engagementId: world.engagement.id,
      retroId: world.retro.id,
      headers: world.headers,
    });
  }

  /** Moves the test clock past the next attempt and runs the outbox once. */
  async function nextRound(world: MailWorld, times = 1) {
    for (let i = 0; i < times; i++) {
      world.clock.advance(RETRY_DELAY_MS);
      await world.services.mail.outbox.kick();
    }
  }

  async function messageIdsOf(raws: Buffer[]): Promise<(string | null)[]> {
    return Promise.all(raws.map(async (raw) => (await parseWithPostalMime(raw)).messageId));
  }

  describe('while the server is down', () => {
    it('keeps the message queued with the error and the time of the next attempt', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();

      const item = world.outboxItem(queued.id);
      expect(item.state).toBe('queued');
      expect(item.attempts).toBe(1);
      expect(item.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(item.nextAttemptAt).toBe(new Date(world.clock.now().getTime() + RETRY_DELAY_MS).toISOString());
      expect(item.sentAt).toBeNull();
      expect(world.mailLog().map((e) => e.state)).toEqual(['queued']);
    });

    it('does not try again before the next attempt is due', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      world.clock.advance(RETRY_DELAY_MS - 1);
      const server = await worlds.server({ port });
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(0);
      expect(world.outboxItem(queued.id).attempts).toBe(1);
    });

    it('delivers exactly once, with the same Message-ID, when the server comes back', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      await nextRound(world); // still down: a second failed attempt
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'queued', attempts: 2 });

      const server = await worlds.server({ port });
      world.clock.advance(RETRY_DELAY_MS);
      // Two kicks at once (the timer and the user's "Retry") still make one delivery.
      await Promise.all([world.services.mail.outbox.kick(), world.services.mail.outbox.kick()]);
      await nextRound(world, 3);

      expect(server.received).toHaveLength(1);
      expect(await messageIdsOf(server.received.map((m) => m.raw))).toEqual([queued.messageId]);
      expect(world.outboxItem(queued.id)).toMatchObject({
        state: 'sent',
        attempts: 3,
        lastError: null,
        nextAttemptAt: null,
      });
      expect(world.logStates.get(queued.id)).toEqual(['queued', 'sent']);
    });

    it('retries on its own timer once the delay has passed', async () => {
      const port = await closedPort();
      const world = await worlds.open(tempDir(), { mailRetryDelayMs: () => 20 });
      await world.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect(world.outboxItem(queued.id).state).toBe('queued');

      const server = await worlds.server({ port });
      world.clock.advance(20);
      // No kick: the outbox's own timer sends it.
      await world.waitForState(queued.id, 'sent');
      await server.waitForMessages(1);
      expect(server.received).toHaveLength(1);
    });

    it('waits while the keychain cannot read the password, then sends once the settings are saved again', async () => {
      const server = await worlds.server({ auth: { user: 'aux-desk', pass: 'pw' } });
      const platform = recordingPlatform();
      const working = platform.secrets;
      platform.secrets = { ...working, decrypt: () => Promise.reject(new Error('The keychain is locked.')) };
      const world = await worlds.open(tempDir(), { platform });
      await world.call('mail:saveSettings', smtpSettings(server.port, { user: 'aux-desk', password: 'pw' }));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect(world.outboxItem(queued.id)).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: null });
      expect(world.outboxItem(queued.id).lastError).toMatch(/^Waiting/);
      expect(server.authAttempts).toBe(0);
      expect(world.logs.map((l) => l.message)).toContain('The SMTP password could not be decrypted');

      platform.secrets = working;
      await world.call('mail:saveSettings', smtpSettings(server.port, { user: 'aux-desk', password: null }));
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
      expect(world.outboxItem(queued.id).state).toBe('sent');
    });
  });

  describe('across a restart', () => {
    it('sends a message queued before the app quit, once, when the app starts again', async () => {
      const port = await closedPort();
      const first = await worlds.open(tempDir());
      await first.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(first);
      await first.services.mail.outbox.kick();
      expect(first.outboxItem(queued.id).state).toBe('queued');
      first.services.flush();
      await first.services.mail.outbox.stop();

      const server = await worlds.server({ port });
      const later = testClock(new Date(first.clock.now().getTime() + RETRY_DELAY_MS).toISOString());
      const second = worlds.reopen(tempDir(), first, { clock: later });
      await second.services.mail.outbox.kick();
      await second.services.mail.outbox.kick();

      expect(server.received).toHaveLength(1);
      expect(await messageIdsOf(server.received.map((m) => m.raw))).toEqual([queued.messageId]);
      expect(second.outboxItem(queued.id)).toMatchObject({ state: 'sent', attempts: 2 });
      expect(second.mailLog().map((e) => [e.outboxId, e.state])).toEqual([[queued.id, 'sent']]);
      // The first instance, stopped, did not send it too.
      await first.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
    });

    it('tries again a message that was being sent when the app crashed (same bytes, same Message-ID)', async () => {
      const port = await closedPort();
      const first = await worlds.open(tempDir());
      await first.call('mail:saveSettings', smtpSettings(port));
      const queued = await send(first);
      await first.services.mail.outbox.kick();
      first.services.flush();
      await first.services.mail.outbox.stop();
      // As a crash mid-send leaves it: state "sending" on disk.
      const file = readJson(outboxJson()) as { messages: Record<string, unknown>[] };
      writeJson(outboxJson(), {
        ...file,
        messages: file.messages.map((m) => ({ ...m, state: 'sending', nextAttemptAt: null })),
      });

      const server = await worlds.server({ port });
      const second = worlds.reopen(tempDir(), first);
      await second.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
      expect(await messageIdsOf(server.received.map((m) => m.raw))).toEqual([queued.messageId]);
      expect(second.outboxItem(queued.id).state).toBe('sent');
    });

    it('does not send again a message already sent before the restart', async () => {
      const server = await worlds.server();
      const first = await worlds.open(tempDir());
      await first.call('mail:saveSettings', smtpSettings(server.port));
      await send(first);
      await first.services.mail.outbox.kick();
      first.services.flush();
      await first.services.mail.outbox.stop();

      const second = worlds.reopen(tempDir(), first);
      await second.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
    });
  });

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

  describe('kick()', () => {
    it('sends a message queued while a round that found nothing to send is still settling', async () => {
      const sent: string[] = [];
      let delivered: () => void = () => undefined;
      const deliveredOnce = new Promise<void>((resolve) => {
        delivered = resolve;
      });
      const outbox = new Outbox({
        dataDir: tempDir(),
        factory: confStoreFactory,
        now: () => new Date('2026-03-05T16:00:00.000Z'),
        report: () => undefined,
        log: () => undefined,
        onChange: (item) => {
          if (item.state === 'sent') delivered();
        },
        transport: () =>
          Promise.resolve({
            send: (item) => {
              sent.push(item.id);
              return Promise.resolve(null);
            },
          }),
      });
      outbox.load();
      try {
        const round = outbox.kick(); // nothing is due: this round has looked already and is only settling
        const queued = outbox.enqueue({
          id: 'm-1',
          messageId: '<m-1@example.com>',
          engagementId: 'e-1',
          retroId: 'r-1',
          subject: 'Notes',
          to: ['ada@example.com'],
          createdAt: '2026-03-05T16:00:00.000Z',
          raw: 'Subject: Notes\r\n\r\nHi\r\n',
          envelope: { from: 'aux@example.com', to: ['ada@example.com'] },
        });
        await round;
        await queued;
        await Promise.race([
          deliveredOnce,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('The queued message was never sent.')), 3_000).unref(),
          ),
        ]);
        expect(sent).toEqual(['m-1']);
        expect(outbox.list().map((m) => m.state)).toEqual(['sent']);
      } finally {
        await outbox.stop();
      }
    });
  });

  describe('defaultRetryDelayMs', () => {
    it('backs off from 30 s, doubling, to at most an hour', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(defaultRetryDelayMs)).toEqual([
        30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
      ]);
    });
  });
});
