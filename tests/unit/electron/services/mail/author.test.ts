import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_FILE_VERSION } from '../../../../../shared/model/mail';
import { migrateMailFile } from '../../../../../shared/model/migrations';
import { smtpSettings, useMailWorlds, type MailWorld } from '../../../support/mailWorld';
import { parseWithPython } from '../../../support/mime';
import { listFiles, useTempDir } from '../../../support/tempDir';

/** "Your name and email" (Settings › Mail): the From of every draft, SMTP or not (RFC 5322 §3.6). */
const ZOE = { name: 'Zoë Ångström', email: 'zoe@example.com' };

describe('Your name and email, the From of drafts', () => {
  const tempDir = useTempDir();
  const worlds = useMailWorlds();
  const mailJson = () => path.join(tempDir(), 'mail.json');
  const request = (world: MailWorld) => ({
    engagementId: world.engagement.id,
    note: { kind: 'retro' as const, retroId: world.retro.id },
    headers: world.headers,
  });

  it('is the From of the draft and of the saved .eml when SMTP is not set up, as Python’s email package reads them', async () => {
    const world = await worlds.open(tempDir());
    const view = await world.call('mail:saveAuthor', { author: ZOE });
    expect(view).toMatchObject({ smtp: null, author: ZOE });
    expect(
      (
        await world.call('mail:compose', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
        })
      ).draftFrom,
    ).toEqual(ZOE);

    const { path: draftPath } = await world.call('mail:draft', request(world));
    await world.call('mail:saveEml', request(world));
    const saved = world.platform.saved[0];
    if (!saved) throw new Error('nothing saved');
    for (const raw of [fs.readFileSync(draftPath), Buffer.from(saved.contents, 'utf8')]) {
      const parsed = parseWithPython(raw);
      expect(parsed.from).toEqual([ZOE]);
      expect(parsed.xUnsent).toBe('1');
      expect(parsed.defects).toEqual([]);
      // The Message-ID is on the sender's domain, not a made-up one.
      expect(parsed.messageId).toMatch(/@example\.com>$/);
    }
  });

  it('is refused as a draft while empty, with a clear message, writing nothing', async () => {
    const world = await worlds.open(tempDir());
    expect(
      (
        await world.call('mail:compose', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
        })
      ).draftFrom,
    ).toBeNull();
    const filesBefore = listFiles(tempDir());
    for (const channel of ['mail:draft', 'mail:saveEml'] as const) {
      const error = await world.fail(channel, request(world), 'invalid-payload');
      expect(error.message).toBe('A draft needs a sender: enter your name and email (Settings › Mail) first.');
    }
    expect(listFiles(tempDir())).toEqual(filesBefore);
    expect(world.platform.paths).toEqual([]);
    expect(world.platform.saved).toEqual([]);
    expect(world.mailLog()).toEqual([]);
  });

  it('comes before the SMTP sender in drafts, which use the SMTP sender until it is given', async () => {
    const world = await worlds.open(tempDir());
    await world.call('mail:saveSettings', smtpSettings(2525));
    expect(
      (
        await world.call('mail:compose', {
          engagementId: world.engagement.id,
          note: { kind: 'retro', retroId: world.retro.id },
        })
      ).draftFrom,
    ).toEqual({ name: 'Aux Desk', email: 'aux@example.com' });
    await world.call('mail:saveAuthor', { author: ZOE });
    const { path: draftPath } = await world.call('mail:draft', request(world));
    expect(parseWithPython(fs.readFileSync(draftPath)).from).toEqual([ZOE]);
  });

  it('is kept by a later SMTP save, survives a restart, and can be cleared', async () => {
    const world = await worlds.open(tempDir());
    await world.call('mail:saveAuthor', { author: ZOE });
    await world.call('mail:saveSettings', smtpSettings(2525));
    const again = worlds.reopen(tempDir(), world);
    expect(await again.call('mail:getSettings', {})).toMatchObject({ author: ZOE, smtp: { port: 2525 } });
    expect((await again.call('mail:saveAuthor', { author: null })).author).toBeNull();
    expect((JSON.parse(fs.readFileSync(mailJson(), 'utf8')) as { author: unknown }).author).toBeNull();
  });

  const BAD: [string, unknown, Record<string, string>][] = [
    ['no name', { name: '  ', email: 'zoe@example.com' }, { 'author.name': 'Enter your name.' }],
    ['no address', { name: 'Zoë', email: 'zoe' }, { 'author.email': 'This is not a valid email address.' }],
    [
      'a line break in the name (header injection)',
      { name: 'Zoë\r\nBcc: eve@example.com', email: 'zoe@example.com' },
      { 'author.name': 'Your name cannot contain line breaks or control characters.' },
    ],
    [
      'an unknown field',
      { name: 'Zoë', email: 'zoe@example.com', bcc: 'eve@example.com' },
      { author: 'Unrecognized key: "bcc"' },
    ],
  ];

  it.each(BAD)('refuses %s, changing nothing', async (_label, author, fieldErrors) => {
    const world = await worlds.open(tempDir());
    await world.call('mail:saveAuthor', { author: ZOE });
    const before = fs.readFileSync(mailJson(), 'utf8');
    const error = await world.fail('mail:saveAuthor', { author }, 'invalid-payload');
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(fs.readFileSync(mailJson(), 'utf8')).toBe(before);
  });

  it('migrates a version 1 mail.json: SMTP settings and stored password kept, no name and email yet', async () => {
    const smtp = {
      host: 'smtp.example.com',
      port: 587,
      security: 'starttls',
      user: 'zoe',
      from: { name: 'Zoë', email: 'zoe@example.com' },
    };
    const v1 = { schemaVersion: 1, smtp, passwordCipher: 'Y2lwaGVy' };
    expect(MAIL_FILE_VERSION).toBe(2);
    expect(migrateMailFile(v1)).toEqual({ kind: 'migrated', from: 1, data: { ...v1, schemaVersion: 2, author: null } });
    expect(migrateMailFile({ schemaVersion: 3, smtp: null })).toEqual({ kind: 'newer', version: 3 });

    fs.writeFileSync(mailJson(), JSON.stringify(v1));
    const world = await worlds.open(tempDir());
    expect(await world.call('mail:getSettings', {})).toEqual({
      smtp,
      author: null,
      hasPassword: true,
      secretBackend: 'os',
    });
    await world.call('mail:saveAuthor', { author: ZOE });
    expect(JSON.parse(fs.readFileSync(mailJson(), 'utf8'))).toEqual({
      schemaVersion: 2,
      smtp,
      author: ZOE,
      passwordCipher: 'Y2lwaGVy',
    });
  });
});
