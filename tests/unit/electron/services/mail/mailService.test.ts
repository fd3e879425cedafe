import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH } from '../../../../../shared/mail/mailto';
import { PASSWORD_NEEDS_TLS } from '../../../../../shared/mail/smtpSecurity';
import { doc, line } from '../../../support/notes';
import { RETRY_DELAY_MS, smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { parseWithPostalMime, parseWithPython } from '../../../support/mime';
import { recordingPlatform } from '../../../support/platform';
import { listFiles, useTempDir } from '../../../support/tempDir';

const PASSWORD = 'correct horse — battery stäple';

/** This machine's address on a network interface (not loopback), if it has one. */
const networkAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;

describe('mail through IPC dispatch, against a real SMTP server on loopback', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const mailJson = () => path.join(tempDir(), 'mail.json');
  const outboxJson = () => path.join(tempDir(), 'outbox.json');

  async function composed(world: MailWorld) {
    return world.call('mail:compose', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
    });
  }

  /** "Your name and email", without which main makes no draft. */
  const AUTHOR = { name: 'Zoë Ångström', email: 'zoe@example.com' };
  async function withAuthor(world: MailWorld): Promise<MailWorld> {
    await world.call('mail:saveAuthor', { author: AUTHOR });
    return world;
  }

  async function send(world: MailWorld) {
    return world.call('mail:send', {
      engagementId: world.engagement.id,
      note: { kind: 'retro', retroId: world.retro.id },
      headers: world.headers,
    });
  }

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
        world.services.flush();
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
        world.services.flush();
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

  describe('the other ways out: draft, .eml, mailto:, clipboard', () => {
    it('writes a draft .eml (X-Unsent: 1) into <data>/drafts and opens it in the mail app', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const expected = await composed(world);
      const { path: draftPath } = await world.call('mail:draft', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(path.dirname(draftPath)).toBe(path.join(tempDir(), 'drafts'));
      expect(path.basename(draftPath)).toBe('Retro notes — Payments platform — 5 Mar 2026.eml');
      expect(world.platform.paths).toEqual([draftPath]);

      const raw = fs.readFileSync(draftPath);
      for (const parsed of [await parseWithPostalMime(raw), parseWithPython(raw)]) {
        expect(parsed.xUnsent).toBe('1');
        expect(parsed.subject).toBe(world.headers.subject);
        expect(parsed.to).toEqual(world.headers.to);
        expect(parsed.cc).toEqual(world.headers.cc);
        // No SMTP set up: from "Your name and email".
        expect(parsed.from).toEqual([AUTHOR]);
        expect(parsed.text).toBe(expected.text);
        expect(parsed.html).toBe(expected.html);
      }
      expect(world.mailLog()).toEqual([
        {
          at: '2026-03-05T16:00:00.000Z',
          via: 'draft',
          to: ['ada@example.com', 'zoe@example.com', 'grace@example.com'],
          state: 'drafted',
          outboxId: null,
        },
      ]);
    });

    it('does not overwrite an earlier draft with the same subject', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const request = {
        engagementId: world.engagement.id,
        note: { kind: 'retro' as const, retroId: world.retro.id },
        headers: { ...world.headers, subject: 'Notes: week 3 / "final"?' },
      };
      const first = await world.call('mail:draft', request);
      const second = await world.call('mail:draft', request);
      expect(path.basename(first.path)).toBe('Notes week 3 final.eml');
      expect(path.basename(second.path)).toBe('Notes week 3 final (2).eml');
      expect(listFiles(path.join(tempDir(), 'drafts'))).toHaveLength(2);
    });

    it('never cuts a character in half when it shortens a long subject into a file name', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const draft = async (subject: string) =>
        path.basename(
          (
            await world.call('mail:draft', {
              engagementId: world.engagement.id,
              note: { kind: 'retro', retroId: world.retro.id },
              headers: { ...world.headers, subject },
            })
          ).path,
        );
      // The emoji (two UTF-16 units) would end past the 120th unit: left out whole.
      expect(await draft(`${'x'.repeat(119)}😀 and more`)).toBe(`${'x'.repeat(119)}.eml`);
      expect(await draft(`${'y'.repeat(118)}😀 and more`)).toBe(`${'y'.repeat(118)}😀.eml`);
      expect(fs.readdirSync(path.join(tempDir(), 'drafts')).sort()).toEqual([
        `${'x'.repeat(119)}.eml`,
        `${'y'.repeat(118)}😀.eml`,
      ]);
    });

    it('keeps the draft file name within what file systems allow (255 bytes) for a long CJK subject', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const subject = `振り返りメモ ${'東京の決済基盤'.repeat(30)}`.slice(0, 250);
      const request = {
        engagementId: world.engagement.id,
        note: { kind: 'retro' as const, retroId: world.retro.id },
        headers: { ...world.headers, subject },
      };
      const first = await world.call('mail:draft', request);
      const second = await world.call('mail:draft', request);
      for (const draft of [first, second]) {
        expect(Buffer.byteLength(path.basename(draft.path))).toBeLessThanOrEqual(255);
        expect(path.basename(draft.path).startsWith('振り返りメモ 東京の決済基盤')).toBe(true);
        expect((await parseWithPostalMime(fs.readFileSync(draft.path))).subject).toBe(subject);
      }
      expect(second.path).not.toBe(first.path);
    });

    it('saves an .eml through the Save dialog, with the sender once SMTP is set up', async () => {
      const world = await worlds.open(tempDir());
      await world.call('mail:saveSettings', smtpSettings(2525));
      const { path: savedPath } = await world.call('mail:saveEml', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(world.platform.saved).toHaveLength(1);
      const saved = world.platform.saved[0];
      if (!saved) throw new Error('nothing saved');
      expect(savedPath).toBe(saved.path);
      expect(saved.name).toBe('Retro notes — Payments platform — 5 Mar 2026.eml');
      const parsed = await parseWithPostalMime(Buffer.from(saved.contents, 'utf8'));
      expect(parsed.xUnsent).toBe('1');
      expect(parsed.from).toEqual([{ name: 'Aux Desk', email: 'aux@example.com' }]);
      expect(parsed.subject).toBe(world.headers.subject);
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['eml', 'drafted']]);
      // Saving a file is not sending it.
      expect(await world.call('outbox:list', {})).toEqual([]);
    });

    it('records nothing when the Save dialog is cancelled', async () => {
      const platform = recordingPlatform({ saveFile: () => Promise.resolve(null) });
      const world = await withAuthor(await worlds.open(tempDir(), { platform }));
      const result = await world.call('mail:saveEml', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ path: null });
      expect(world.mailLog()).toEqual([]);
    });

    it('opens a mailto: link with the recipients, subject and plain-text notes', async () => {
      const world = await worlds.open(tempDir());
      const expected = await composed(world);
      const result = await world.call('mail:mailto', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ truncated: false });
      expect(world.platform.externals).toHaveLength(1);
      const url = new URL(world.platform.externals[0] ?? '');
      expect(url.protocol).toBe('mailto:');
      expect(decodeURIComponent(url.pathname)).toBe('ada@example.com,zoe@example.com');
      expect(url.searchParams.get('cc')).toBe('grace@example.com');
      expect(url.searchParams.get('subject')).toBe(world.headers.subject);
      // Line breaks are CR LF in a mailto: link (RFC 6068 §5).
      expect(url.searchParams.get('body')).toBe(expected.text.replace(/\r\n|\r|\n/g, '\r\n'));
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['mailto', 'drafted']]);
    });

    it('reports a long note as cut to fit the mailto: link', async () => {
      const world = await worlds.open(tempDir());
      const long = doc(
        ...Array.from({ length: 60 }, (_, i) => line(`Point ${i}: the deploy pipeline needs one more pass — Zoë ✅`)),
      );
      await world.call('retros:saveNote', {
        engagementId: world.engagement.id,
        retroId: world.retro.id,
        section: 'notes',
        doc: long,
      });
      const result = await world.call('mail:mailto', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: world.headers,
      });
      expect(result).toEqual({ truncated: true });
      const url = world.platform.externals[0] ?? '';
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expect(new URL(url).searchParams.get('body')).toMatch(/The notes were cut to fit a mailto: link/);
    });

    it('opens a mailto: link for a note holding a broken character (lone surrogate) instead of failing', async () => {
      const world = await worlds.open(tempDir());
      await world.call('retros:saveNote', {
        engagementId: world.engagement.id,
        retroId: world.retro.id,
        section: 'notes',
        doc: doc(line('half an emoji: \ud83d')),
      });
      expect(
        await world.call('mail:mailto', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: world.headers,
        }),
      ).toEqual({ truncated: false });
      expect(new URL(world.platform.externals[0] ?? '').searchParams.get('body')).toContain('half an emoji: \ufffd');
    });

    it('refuses a mailto: link when the recipients alone do not fit', async () => {
      const world = await worlds.open(tempDir());
      const to = Array.from({ length: 60 }, (_, i) => ({ name: '', email: `person-number-${i}@example.com` }));
      const error = await world.fail(
        'mail:mailto',
        {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: { ...world.headers, to },
        },
        'invalid-payload',
      );
      expect(error.message).toMatch(/Too many recipients/);
      expect(world.platform.externals).toEqual([]);
      expect(world.mailLog()).toEqual([]);
    });

    it('copies the HTML and the text to the clipboard', async () => {
      const world = await worlds.open(tempDir());
      const expected = await composed(world);
      expect(
        await world.call('mail:copy', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
          headers: world.headers,
        }),
      ).toEqual({});
      expect(world.platform.clipboard).toEqual([{ html: expected.html, text: expected.text }]);
      expect(world.mailLog().map((e) => [e.via, e.state])).toEqual([['copy', 'copied']]);
    });

    it('uses the subject the user typed in the draft', async () => {
      const world = await withAuthor(await worlds.open(tempDir()));
      const { path: draftPath } = await world.call('mail:draft', {
        engagementId: world.engagement.id,
        note: { kind: 'retro', retroId: world.retro.id },
        headers: { ...world.headers, subject: 'Wöchentliche Retro — 東京' },
      });
      expect((await parseWithPostalMime(fs.readFileSync(draftPath))).subject).toBe('Wöchentliche Retro — 東京');
    });
  });
});
