import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from '../../../support/confStoreFactory';
import { Outbox } from '../../../../../electron/services/mail/outbox';
import { defaultRetryDelayMs } from '../../../../../electron/services/mail/outboxItems';
import { RETRY_DELAY_MS, smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { recordingPlatform } from '../../../support/platform';
import { testClock } from '../../../support/services';
import { closedPort } from '../../../support/smtpServer';
import { readJson, useTempDir, writeJson } from '../../../support/tempDir';
import { send, nextRound, messageIdsOf } from './mailCalls';

describe('the outbox, against a real SMTP server on loopback: retries while the server is down and across restarts', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

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
      await first.settle();
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
      await first.settle();
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
      await first.settle();
      await first.services.mail.outbox.stop();

      const second = worlds.reopen(tempDir(), first);
      await second.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
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
