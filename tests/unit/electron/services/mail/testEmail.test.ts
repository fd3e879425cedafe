import { describe, expect, it } from 'vitest';
import { mailErrorInWords } from '../../../../../shared/mail/errorWords';
import type { TestEmailResult } from '../../../../../shared/model/mail';
import { TEST_EMAIL_SUBJECT } from '../../../../../electron/services/mail/testEmail';
import { useTempDir } from '../../../support/tempDir';
import { smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { lf, parseWithPostalMime, parseWithPython } from '../../../support/mime';
import { closedPort } from '../../../support/smtpServer';
import { PASSWORD } from './mailCalls';

const YOU = { name: 'Zoë Ångström', email: 'zoe@example.com' };

/** The server's reason, raw as main answers it. */
function reasonOf(result: TestEmailResult): string {
  if (result.sent) throw new Error(`Expected a failure, got ${JSON.stringify(result)}`);
  return result.error;
}

/** The answer's error in the words the Settings page shows. */
function words(result: TestEmailResult): string {
  return mailErrorInWords(reasonOf(result), '127.0.0.1').summary;
}

describe('"Send a test email": to your own address, over the saved SMTP settings, through a real SMTP server', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();

  it('delivers a short message from and to your own From address, sent now and not queued', async () => {
    const server = await worlds.server();
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port, { from: YOU }));

    expect(await world.call('mail:sendTest', {})).toEqual({ sent: true, to: 'zoe@example.com' });

    expect(server.received).toHaveLength(1);
    const [message] = server.received;
    if (!message) throw new Error('nothing received');
    expect(message.from).toBe('zoe@example.com');
    expect(message.to).toEqual(['zoe@example.com']);
    for (const parsed of [await parseWithPostalMime(message.raw), parseWithPython(message.raw)]) {
      expect(parsed.from).toEqual([YOU]);
      expect(parsed.to).toEqual([YOU]);
      expect(parsed.cc).toBeNull();
      expect(parsed.subject).toBe(TEST_EMAIL_SUBJECT);
      expect(parsed.date).toBe('2026-03-05T16:00:00.000Z');
      expect(parsed.messageId).toMatch(/^<[0-9a-f-]+@example\.com>$/);
      expect(parsed.xUnsent).toBeNull();
      expect(lf(parsed.text ?? '')).toBe(
        `This is a test email from Aux Desk.\n\nYour SMTP settings work: Aux Desk reached 127.0.0.1:${server.port} and the server accepted this message for zoe@example.com. Notes you send via SMTP go out the same way.\n`,
      );
      expect(parsed.html).toContain('<p>This is a test email from Aux Desk.</p>');
    }
    // A test, not notes: nothing waits in the outbox, no retro records it.
    expect(await world.call('outbox:list', {})).toEqual([]);
    expect(world.mailLog()).toEqual([]);
  });

  it('logs in with the stored password; a wrong one is the server’s 535, in words', async () => {
    const server = await worlds.server({ auth: { user: 'aux-desk', pass: PASSWORD } });
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port, { user: 'aux-desk', password: PASSWORD }));
    expect(await world.call('mail:sendTest', {})).toEqual({ sent: true, to: 'aux@example.com' });
    expect(server.authAttempts).toBe(1);

    await world.call('mail:saveSettings', smtpSettings(server.port, { user: 'aux-desk', password: 'wrong' }));
    const refused = await world.call('mail:sendTest', {});
    expect(reasonOf(refused)).toMatch(/^535\b.*Authentication credentials invalid/);
    expect(words(refused)).toBe('127.0.0.1 did not accept the user name or password. Check them in Settings › Mail.');
    expect(server.received).toHaveLength(1);
  });

  it('says the server could not be reached when nothing listens on the port', async () => {
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(await closedPort()));
    const result = await world.call('mail:sendTest', {});
    expect(reasonOf(result)).toContain('ECONNREFUSED');
    expect(words(result)).toBe(
      'Could not reach 127.0.0.1: the server refused the connection. Check the server name and port in Settings › Mail.',
    );
    expect(await world.call('outbox:list', {})).toEqual([]);
  });

  it('says the server refused your address', async () => {
    const server = await worlds.server({ reject: { at: 'rcpt', code: 550, message: '5.1.1 No such user here' } });
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port));
    const result = await world.call('mail:sendTest', {});
    expect(words(result)).toBe('127.0.0.1 refused a recipient: the address may be mistyped or no longer exist.');
    expect(server.received).toHaveLength(0);
  });

  it('is refused, in words, while no SMTP server is set up', async () => {
    const world = await worlds.open(tempDir());
    const error = await world.fail('mail:sendTest', {}, 'forbidden');
    expect(error.message).toBe(
      'Set up an SMTP server first: fill in the server and your address, then save the mail settings.',
    );
  });

  it('takes no address or server from the renderer: the request is empty, checked by main', async () => {
    const server = await worlds.server();
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port));
    await world.fail('mail:sendTest', { to: 'someone@elsewhere.example' }, 'invalid-payload');
    await world.fail('mail:sendTest', null, 'invalid-payload');
    expect(server.received).toHaveLength(0);
  });

  it('sends one test at a time: a second click while one is on its way is refused', async () => {
    const server = await worlds.server();
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(server.port));
    const first = world.call('mail:sendTest', {});
    const second = await world.fail('mail:sendTest', {}, 'forbidden');
    expect(second.message).toBe('A test email is already on its way: wait for its answer.');
    expect(await first).toEqual({ sent: true, to: 'aux@example.com' });
    expect(server.received).toHaveLength(1);
  });
});
