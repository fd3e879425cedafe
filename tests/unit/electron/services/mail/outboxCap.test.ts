import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_OUTBOX_MESSAGES,
  OutboxFileSchema,
  type OutboxItem,
  type OutboxState,
} from '../../../../../shared/model/mail';
import { confStoreFactory } from '../../../support/confStoreFactory';
import { Outbox } from '../../../../../electron/services/mail/outbox';
import { smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { openServices } from '../../../support/services';
import { closedPort } from '../../../support/smtpServer';
import { readJson, useTempDir, writeJson } from '../../../support/tempDir';

/**
 * Issue 12 §3: the outbox took a message past its file's cap of 10,000, and outbox.json was
 * quarantined on the next start (every queued message gone). Filled through a file (10,000
 * sends would take minutes), then sent to through the real dispatch.
 */
// Each test writes and re-reads a 10,000-message outbox (megabytes of JSON, twice): seconds on a
// busy shared machine. A correctness test, not a timing one (speed lives in `npm run bench`).
describe('the outbox at its cap', { timeout: 30_000 }, () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

  function stored(i: number, state: OutboxState): OutboxItem {
    return {
      id: `old-${i}`,
      messageId: `<old-${i}@example.com>`,
      engagementId: 'e-gone',
      retroId: null,
      subject: `Old ${i}`,
      to: ['ada@example.com'],
      state,
      attempts: state === 'sent' || state === 'failed' ? 1 : 0,
      nextAttemptAt: null,
      lastError: state === 'failed' ? '550 No such user' : null,
      createdAt: '2026-01-01T09:00:00.000Z',
      sentAt: state === 'sent' ? '2026-01-01T09:00:05.000Z' : null,
      raw: 'Subject: old\r\n\r\nx',
      envelope: { from: 'aux@example.com', to: ['ada@example.com'] },
    };
  }

  /** outbox.json holding `count` messages, the first `done` of them sent, the rest failed (the outbox never retries those by itself). */
  async function fullWorld(count: number, done: number): Promise<MailWorld> {
    writeJson(outboxJson(), {
      schemaVersion: 1,
      messages: Array.from({ length: count }, (_, i) => stored(i, i < done ? 'sent' : 'failed')),
    });
    const world = await worlds.open(tempDir());
    expect(world.services.problems).toEqual([]);
    // A closed port: the new message stays queued, so the outbox is not emptied behind the test's back.
    await world.call('mail:saveSettings', smtpSettings(await closedPort()));
    return world;
  }

  const send = (world: MailWorld) =>
    world.services.dispatch('mail:send', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      headers: world.headers,
    });

  it(`takes the ${MAX_OUTBOX_MESSAGES.toLocaleString('en')}th message, and outbox.json still loads after a restart`, async () => {
    const world = await fullWorld(MAX_OUTBOX_MESSAGES - 1, 0);
    expect(await send(world)).toMatchObject({ ok: true });
    await world.services.mail.outbox.stop();
    expect(OutboxFileSchema.safeParse(readJson(outboxJson())).success).toBe(true);
    const reopened = openServices(tempDir());
    expect(reopened.services.problems).toEqual([]);
    expect(reopened.services.mail.outbox.list()).toHaveLength(MAX_OUTBOX_MESSAGES);
    await reopened.services.mail.outbox.stop();
  });

  it('refuses one more when every message is waiting or failed, says what to do, and writes nothing', async () => {
    const world = await fullWorld(MAX_OUTBOX_MESSAGES, 0);
    world.services.flush();
    const before = fs.readFileSync(outboxJson(), 'utf8');
    const mailLogBefore = world.mailLog();
    const result = await send(world);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'The outbox is full: 10,000 messages are waiting or failed. Retry or cancel some, then send again.',
      },
    });
    world.services.flush();
    expect(fs.readFileSync(outboxJson(), 'utf8')).toBe(before);
    expect(world.mailLog()).toEqual(mailLogBefore);

    // Cancelling one makes room: the cancelled message goes, the new one is queued.
    await world.call('outbox:cancel', { id: 'old-0' });
    expect(await send(world)).toMatchObject({ ok: true });
    const ids = world.services.mail.outbox.list().map((m) => m.id);
    expect(ids).toHaveLength(MAX_OUTBOX_MESSAGES);
    expect(ids).not.toContain('old-0');
  });

  it('makes room by dropping the oldest sent message, and the outbox still loads after a restart', async () => {
    const world = await fullWorld(MAX_OUTBOX_MESSAGES, 3);
    expect(await send(world)).toMatchObject({ ok: true });
    await world.services.mail.outbox.stop();
    const reopened = openServices(tempDir());
    expect(reopened.services.problems).toEqual([]);
    const ids = reopened.services.mail.outbox.list().map((m) => m.id);
    expect(ids).toHaveLength(MAX_OUTBOX_MESSAGES);
    expect(ids).not.toContain('old-0');
    expect(ids).toContain('old-1');
    await reopened.services.mail.outbox.stop();
  });

  it('refuses a message its file would not load (over 20 MB), and writes nothing', async () => {
    const outbox = new Outbox({
      dataDir: tempDir(),
      factory: confStoreFactory,
      now: () => new Date('2026-03-05T16:00:00.000Z'),
      report: () => undefined,
      log: () => undefined,
      onChange: () => undefined,
      transport: () => Promise.resolve(null),
    });
    outbox.load();
    const { id, messageId, engagementId, retroId, subject, to, createdAt, envelope } = stored(1, 'queued');
    await expect(
      outbox.enqueue({
        id,
        messageId,
        engagementId,
        retroId,
        subject,
        to,
        createdAt,
        envelope,
        raw: 'x'.repeat(20_000_001),
      }),
    ).rejects.toThrow(
      'This message cannot be queued: it is larger than 20 MB. Shorten the notes, or send them from your mail app.',
    );
    expect(fs.existsSync(outboxJson())).toBe(false);
    expect(outbox.list()).toEqual([]);
  });
});
