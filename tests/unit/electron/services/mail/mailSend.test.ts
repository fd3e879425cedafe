import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/tempDir';
import { RETRY_DELAY_MS, smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { parseWithPostalMime, parseWithPython } from '../../../support/mime';
import { PASSWORD, composed, send } from './mailCalls';

describe('mail through IPC dispatch: sending to a real SMTP server on loopback, with and without SMTP AUTH', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

  describe('sending', () => {
    it('delivers the notes: the server gets the subject, text and HTML; the outbox says sent; the retro logs it', async () => {
      const server = await worlds.server();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const expected = await composed(world);
      expect(expected.canSend).toBe(true);
      expect(expected.to).toEqual([
        { name: 'Ada Lovelace', email: 'ada@example.com' },
        { name: 'Zoë Ångström', email: 'zoe@example.com' },
      ]);
      expect(expected.missingEmail).toEqual(['Alan Turing']);
      expect(expected.subject).toBe(world.headers.subject);

      const queued = await send(world);
      expect(queued.state).toBe('queued');
      await world.services.mail.outbox.kick();

      expect(server.received).toHaveLength(1);
      const [message] = server.received;
      if (!message) throw new Error('nothing received');
      expect(message.from).toBe('aux@example.com');
      expect(message.to).toEqual(['ada@example.com', 'zoe@example.com', 'grace@example.com']);

      for (const parsed of [await parseWithPostalMime(message.raw), parseWithPython(message.raw)]) {
        expect(parsed.subject).toBe(world.headers.subject);
        expect(parsed.text).toBe(expected.text);
        expect(parsed.html).toBe(expected.html);
        expect(parsed.from).toEqual([{ name: 'Aux Desk', email: 'aux@example.com' }]);
        expect(parsed.to).toEqual(world.headers.to);
        expect(parsed.cc).toEqual(world.headers.cc);
        expect(parsed.messageId).toBe(queued.messageId);
        expect(parsed.date).toBe('2026-03-05T16:00:00.000Z');
        expect(parsed.xUnsent).toBeNull();
      }
      expect(expected.text).toContain('[ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)');
      expect(expected.html).toContain('&amp; the &lt;runbook&gt;.');

      const item = world.outboxItem(queued.id);
      expect(item).toMatchObject({
        state: 'sent',
        sentAt: '2026-03-05T16:00:00.000Z',
        attempts: 1,
        lastError: null,
        nextAttemptAt: null,
      });
      expect(await world.call('outbox:list', {})).toEqual([item]);

      expect(world.mailLog()).toEqual([
        {
          at: '2026-03-05T16:00:00.000Z',
          via: 'smtp',
          to: ['ada@example.com', 'zoe@example.com', 'grace@example.com'],
          state: 'sent',
          outboxId: queued.id,
        },
      ]);
      expect(world.logStates.get(queued.id)).toEqual(['queued', 'sent']);
    });

    it('writes "sent" to outbox.json at once, without the password and with the message bytes', async () => {
      const server = await worlds.server();
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      const stored = fs.readFileSync(outboxJson(), 'utf8');
      const file = JSON.parse(stored) as { messages: { id: string; state: string; raw: string }[] };
      expect(file.messages.map((m) => [m.id, m.state])).toEqual([[queued.id, 'sent']]);
      expect(file.messages[0]?.raw).toContain(`Message-ID: ${queued.messageId}`);
    });

    it('refuses to send before SMTP is set up, and compose says so', async () => {
      const world = await worlds.open(tempDir());
      expect((await composed(world)).canSend).toBe(false);
      const error = await world.fail(
        'mail:send',
        { engagementId: world.engagement.id, note: { kind: 'retro', retroId: world.retro.id }, headers: world.headers },
        'forbidden',
      );
      expect(error.message).toMatch(/Set up an SMTP server/);
      expect(await world.call('outbox:list', {})).toEqual([]);
      expect(fs.existsSync(outboxJson())).toBe(false);
    });

    it('refuses to mail a retro that does not exist', async () => {
      const world = await worlds.open(tempDir());
      const error = await world.fail(
        'mail:copy',
        { engagementId: world.engagement.id, note: { kind: 'retro', retroId: 'nope' }, headers: world.headers },
        'not-found',
      );
      expect(error.message).toBe('That retro no longer exists.');
    });
  });

  describe('SMTP AUTH', () => {
    it('logs in with the stored password and delivers', async () => {
      const server = await worlds.server({ auth: { user: 'aux-desk', pass: PASSWORD } });
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(server.port, { user: 'aux-desk', password: PASSWORD }));
      const queued = await send(world);
      await world.services.mail.outbox.kick();
      expect(server.authAttempts).toBe(1);
      expect(server.received).toHaveLength(1);
      expect(world.outboxItem(queued.id).state).toBe('sent');
    });

    it('fails for good with the server’s 535 reason on a wrong password, without trying again', async () => {
      const server = await worlds.server({ auth: { user: 'aux-desk', pass: PASSWORD } });
      const world = await worlds.open(tempDir());
      await world.call(
        'mail:saveSettings',
        smtpSettings(server.port, { user: 'aux-desk', password: 'wrong password' }),
      );
      const queued = await send(world);
      await world.services.mail.outbox.kick();

      const item = world.outboxItem(queued.id);
      expect(item.state).toBe('failed');
      expect(item.lastError).toMatch(/^535\b/);
      expect(item.lastError).toContain('Authentication credentials invalid');
      expect(item.nextAttemptAt).toBeNull();

      for (let i = 0; i < 3; i++) {
        world.clock.advance(10 * RETRY_DELAY_MS);
        await world.services.mail.outbox.kick();
      }
      expect(server.authAttempts).toBe(1);
      expect(server.received).toHaveLength(0);
      expect(world.mailLog().map((e) => e.state)).toEqual(['failed']);
    });

    it('needs no password when the server does not ask for one', async () => {
      const server = await worlds.server();
      const world = await worlds.open(tempDir());
      const view = await world.call('mail:saveSettings', smtpSettings(server.port));
      expect(view.hasPassword).toBe(false);
      await send(world);
      await world.services.mail.outbox.kick();
      expect(server.received).toHaveLength(1);
      expect(server.authAttempts).toBe(0);
    });
  });
});
