import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD_NEEDS_TLS } from '../../../../../shared/mail/smtpSecurity';
import { type MailWorld, smtpSettings, useMailWorlds } from '../../../support/mailWorld';
import { recordingPlatform } from '../../../support/platform';
import { listFiles, useTempDir } from '../../../support/tempDir';
import { PASSWORD, networkAddress, send } from './mailCalls';

describe('mail through IPC dispatch: the SMTP password, and headers that try to inject', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const mailJson = () => path.join(tempDir(), 'mail.json');

  describe('the SMTP password', () => {
    it('is stored encrypted by the keychain, never as plain text, and never shown back', async () => {
      const world = await worlds.open(tempDir());
      const view = await world.call('mail:saveSettings', smtpSettings(2525, { user: 'aux-desk', password: PASSWORD }));
      const { host, port, security, user, from } = smtpSettings(2525, { user: 'aux-desk' });
      expect(view).toStrictEqual({
        smtp: { host, port, security, user, from },
        author: null,
        hasPassword: true,
        secretBackend: 'os',
      });
      const stored = fs.readFileSync(mailJson(), 'utf8');
      expect(stored).not.toContain(PASSWORD);
      expect(stored).not.toContain(Buffer.from(PASSWORD).toString('base64'));
      expect(stored).not.toContain('correct horse');
      expect(JSON.stringify(await world.call('mail:getSettings', {}))).not.toContain('horse');
    });

    it('keeps the stored password when saved with null, and removes it when saved with ""', async () => {
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(2525, { user: 'aux-desk', password: PASSWORD }));
      const cipher = (JSON.parse(fs.readFileSync(mailJson(), 'utf8')) as { passwordCipher: string | null })
        .passwordCipher;
      expect(cipher).not.toBeNull();

      expect(
        (await world.call('mail:saveSettings', smtpSettings(2526, { user: 'aux-desk', password: null }))).hasPassword,
      ).toBe(true);
      expect(
        (JSON.parse(fs.readFileSync(mailJson(), 'utf8')) as { passwordCipher: string | null }).passwordCipher,
      ).toBe(cipher);

      expect(
        (await world.call('mail:saveSettings', smtpSettings(2526, { user: 'aux-desk', password: '' }))).hasPassword,
      ).toBe(false);
      expect(
        (JSON.parse(fs.readFileSync(mailJson(), 'utf8')) as { passwordCipher: string | null }).passwordCipher,
      ).toBeNull();
    });

    it('is refused, and nothing written, when the OS has no keyring (safeStorage "basic_text")', async () => {
      const platform = recordingPlatform();
      platform.secretBackend = 'basic_text';
      const world = await worlds.open(tempDir(), { platform });
      const error = await world.fail(
        'mail:saveSettings',
        smtpSettings(2525, { user: 'aux-desk', password: PASSWORD }),
        'forbidden',
      );
      expect(error.message).toContain('basic_text');
      expect(fs.existsSync(mailJson())).toBe(false);
      expect(await world.call('mail:getSettings', {})).toEqual({
        smtp: null,
        author: null,
        hasPassword: false,
        secretBackend: 'basic_text',
      });
    });

    it('leaves settings saved earlier untouched when a later password is refused', async () => {
      const platform = recordingPlatform();
      const world = await worlds.open(tempDir(), { platform });
      await world.call('mail:saveSettings', smtpSettings(2525));
      const before = fs.readFileSync(mailJson(), 'utf8');
      platform.secretBackend = 'basic_text';
      await world.fail('mail:saveSettings', smtpSettings(2999, { user: 'aux-desk', password: PASSWORD }), 'forbidden');
      expect(fs.readFileSync(mailJson(), 'utf8')).toBe(before);
      expect((await world.call('mail:getSettings', {})).smtp?.port).toBe(2525);
      // Without a password the settings can still be saved on such a machine.
      expect((await world.call('mail:saveSettings', smtpSettings(2600))).smtp?.port).toBe(2600);
    });
  });

  describe('a password without TLS', () => {
    const remote = (overrides: Parameters<typeof smtpSettings>[1] = {}) =>
      smtpSettings(2525, { host: 'smtp.example.com', security: 'none', user: 'aux-desk', ...overrides });

    it('is refused with security “None” to another machine, and nothing is written', async () => {
      const world = await worlds.open(tempDir());
      const error = await world.fail('mail:saveSettings', remote({ password: PASSWORD }), 'forbidden');
      expect(error.message).toBe(PASSWORD_NEEDS_TLS);
      expect(fs.existsSync(mailJson())).toBe(false);
      expect((await world.call('mail:getSettings', {})).smtp).toBeNull();
    });

    it('is refused when the stored password would be kept on a switch to “None”, and the earlier settings stay', async () => {
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', remote({ security: 'starttls', port: 587, password: PASSWORD }));
      const before = fs.readFileSync(mailJson(), 'utf8');
      const error = await world.fail('mail:saveSettings', remote({ password: null }), 'forbidden');
      expect(error.message).toBe(PASSWORD_NEEDS_TLS);
      expect(fs.readFileSync(mailJson(), 'utf8')).toBe(before);
      // Removing the password, or keeping TLS, is fine.
      expect((await world.call('mail:saveSettings', remote({ password: '' }))).hasPassword).toBe(false);
      expect(
        (await world.call('mail:saveSettings', remote({ security: 'tls', port: 465, password: PASSWORD }))).hasPassword,
      ).toBe(true);
    });

    it.each(['127.0.0.1', '127.0.0.2', 'localhost', '[::1]'])(
      'is allowed to a relay on this computer (%s)',
      async (host) => {
        const world = await worlds.open(tempDir());
        expect(
          (await world.call('mail:saveSettings', smtpSettings(2525, { host, user: 'aux-desk', password: PASSWORD })))
            .hasPassword,
        ).toBe(true);
      },
    );

    it.skipIf(networkAddress === undefined)(
      'is never sent in clear to a server on the network, from settings saved before the rule: the message fails with the reason',
      async () => {
        const host = networkAddress ?? '';
        const server = await worlds.server({ host, auth: { user: 'aux-desk', pass: PASSWORD } });
        const platform = recordingPlatform();
        fs.writeFileSync(
          mailJson(),
          JSON.stringify({
            schemaVersion: 1,
            smtp: {
              host,
              port: server.port,
              security: 'none',
              user: 'aux-desk',
              from: { name: 'Aux Desk', email: 'aux@example.com' },
            },
            passwordCipher: await platform.secrets.encrypt(PASSWORD),
          }),
        );
        const world = await worlds.open(tempDir(), { platform });
        const queued = await send(world);
        await world.services.mail.outbox.kick();

        expect(server.authAttempts).toBe(0);
        expect(server.received).toHaveLength(0);
        expect(world.outboxItem(queued.id)).toMatchObject({
          state: 'failed',
          lastError: PASSWORD_NEEDS_TLS,
          nextAttemptAt: null,
        });
      },
    );
  });

  describe('header injection', () => {
    const injections: [string, (w: MailWorld) => unknown][] = [
      ['the subject (CR LF Bcc:)', (w) => ({ ...w.headers, subject: 'Notes\r\nBcc: eve@example.com' })],
      ['the subject (LF only)', (w) => ({ ...w.headers, subject: 'Notes\nBcc: eve@example.com' })],
      ['the subject (U+2028)', (w) => ({ ...w.headers, subject: 'Notes\u2028Bcc: eve@example.com' })],
      ['the subject (NUL)', (w) => ({ ...w.headers, subject: 'Notes\u0000' })],
      ['a To name', (w) => ({ ...w.headers, to: [{ name: 'Ada\r\nBcc: eve@example.com', email: 'ada@example.com' }] })],
      [
        'a To address',
        (w) => ({ ...w.headers, to: [{ name: 'Ada', email: 'ada@example.com\r\nBcc: eve@example.com' }] }),
      ],
      [
        'a Cc name',
        (w) => ({ ...w.headers, cc: [{ name: 'Grace\nBcc: eve@example.com', email: 'grace@example.com' }] }),
      ],
      ['an extra Bcc field', (w) => ({ ...w.headers, bcc: [{ name: '', email: 'eve@example.com' }] })],
    ];

    it.each(injections)(
      'refuses %s on mail:send and mail:draft, queuing and writing nothing',
      async (_label, headersOf) => {
        const server = await worlds.server();
        const world = await worlds.open(tempDir());
        await world.call('mail:saveSettings', smtpSettings(server.port));
        await world.settle();
        const filesBefore = listFiles(tempDir());
        for (const channel of ['mail:send', 'mail:draft', 'mail:saveEml', 'mail:mailto', 'mail:copy'] as const) {
          const error = await world.fail(
            channel,
            {
              engagementId: world.engagement.id,
              note: { kind: 'retro', retroId: world.retro.id },
              headers: headersOf(world),
            },
            'invalid-payload',
          );
          expect(error.message).toBe('Some fields need attention.');
        }
        await world.services.mail.outbox.kick();
        await world.settle();
        expect(await world.call('outbox:list', {})).toEqual([]);
        expect(listFiles(tempDir())).toEqual(filesBefore);
        expect(fs.existsSync(path.join(tempDir(), 'drafts'))).toBe(false);
        expect(server.received).toHaveLength(0);
        expect(server.rcptAttempts).toBe(0);
        expect(world.platform.paths).toEqual([]);
        expect(world.platform.saved).toEqual([]);
        expect(world.platform.externals).toEqual([]);
        expect(world.platform.clipboard).toEqual([]);
        expect(world.mailLog()).toEqual([]);
      },
    );

    it('names the field that needs attention', async () => {
      const world = await worlds.open(tempDir());
      const error = await world.fail(
        'mail:send',
        {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: { ...world.headers, subject: 'a\r\nBcc: eve@example.com' },
        },
        'invalid-payload',
      );
      expect(error.fieldErrors).toEqual({
        'headers.subject': 'The subject cannot contain line breaks or control characters.',
      });
    });
  });
});
