import { describe, expect, it } from 'vitest';
import { buildEml, newMessageId, type OutgoingMail } from '../../../../../electron/services/mail/eml';
import { composeProjectMail } from '../../../../../shared/mail/projectMail';
import { composeRetroMail } from '../../../../../shared/mail/retroMail';
import { newEngagementFile } from '../../../../../shared/model/files';
import { graphemes } from '../../../../../shared/text';
import type { Engagement } from '../../../../../shared/model/engagement';
import { person, validInput } from '../../../support/fixtures';
import { parseWithPostalMime, parseWithPython, type ParsedMessage } from '../../../support/mime';
import { doc, line, paragraph, retro, richDoc, taskItem, taskList, text } from '../../../support/notes';

const engagement: Engagement = {
  ...validInput({
    name: 'Zahlungen 東京',
    people: [
      person({ id: 'p-1', name: 'Zoë Ångström', email: 'zoe@example.com' }),
      person({ id: 'p-2', name: '東京', email: 'tokyo@example.com' }),
    ],
  }),
  id: 'e-1',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

/** Real retro notes, as the app mails them. */
const composed = composeRetroMail({
  engagement,
  retro: retro({
    id: 'r-1',
    date: '2026-03-05',
    attendees: [{ personId: 'p-1', name: 'Zoë Ångström', email: 'zoe@example.com' }],
    notes: {
      wentWell: richDoc(),
      wentPoorly: doc(line('Tests flaky — 😬 again; naïve retry “fixed” it')),
      doNextTime: doc(taskList(taskItem({ id: 'a-1', owner: 'p-2', due: '2026-03-12' }, 'Schreib das Runbook'))),
      notes: doc(paragraph(text('Lang '.repeat(400).trim()))),
    },
    mvpStatus: 'MVP: 80 % ✅',
  }),
  goals: [],
});

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    from: { name: 'Zoë Ångström', email: 'zoe@example.com' },
    to: [
      { name: '東京', email: 'tokyo@example.com' },
      { name: 'Ada Lovelace', email: 'ada@example.com' },
    ],
    cc: [{ name: '', email: 'grace@example.com' }],
    subject: 'Retro notes — Zahlungen 東京 — 5 Mar 2026 ✅',
    html: composed.html,
    text: composed.text,
    messageId: '<3b241101-e2bb-4255-8caf-4136c566a962@example.com>',
    date: new Date('2026-03-05T16:45:07.000Z'),
    ...overrides,
  };
}

/** Parses with both parsers and checks they agree on everything they both read. */
async function parseBoth(raw: Buffer): Promise<{ postal: ParsedMessage; python: ReturnType<typeof parseWithPython> }> {
  const postal = await parseWithPostalMime(raw);
  const python = parseWithPython(raw);
  expect(postal.attachments).toBe(0);
  const common = (m: ParsedMessage): ParsedMessage => ({
    contentType: m.contentType,
    from: m.from,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    subject: m.subject,
    messageId: m.messageId,
    date: m.date,
    xUnsent: m.xUnsent,
    text: m.text,
    html: m.html,
  });
  expect(common(python)).toEqual(common(postal));
  return { postal, python };
}

function lines(raw: Buffer): string[] {
  return raw.toString('latin1').split('\r\n');
}

describe('buildEml, read back by postal-mime and by Python’s email package', () => {
  it('carries From, To, Cc, Subject, Message-ID and Date, UTF-8 names and subject decoded', async () => {
    const input = mail();
    const { python } = await parseBoth(await buildEml(input, { draft: false }));
    expect(python.from).toEqual([{ name: 'Zoë Ångström', email: 'zoe@example.com' }]);
    expect(python.to).toEqual([
      { name: '東京', email: 'tokyo@example.com' },
      { name: 'Ada Lovelace', email: 'ada@example.com' },
    ]);
    expect(python.cc).toEqual([{ name: '', email: 'grace@example.com' }]);
    expect(python.bcc).toBeNull();
    expect(python.subject).toBe('Retro notes — Zahlungen 東京 — 5 Mar 2026 ✅');
    expect(python.messageId).toBe('<3b241101-e2bb-4255-8caf-4136c566a962@example.com>');
    expect(python.date).toBe('2026-03-05T16:45:07.000Z');
    expect(python.defects).toEqual([]);
  });

  it('marks a draft with X-Unsent: 1, and only a draft', async () => {
    const draft = await buildEml(mail(), { draft: true });
    const sent = await buildEml(mail(), { draft: false });
    expect((await parseBoth(draft)).python.xUnsent).toBe('1');
    expect((await parseBoth(sent)).python.xUnsent).toBeNull();
    expect(lines(draft)).toContain('X-Unsent: 1');
    expect(sent.toString('latin1')).not.toMatch(/x-unsent/i);
  });

  it('is multipart/alternative: a text/plain part, then a text/html part, nothing else', async () => {
    const { postal, python } = await parseBoth(await buildEml(mail(), { draft: false }));
    expect(python.contentType).toBe('multipart/alternative');
    expect(python.parts).toEqual(['text/plain', 'text/html']);
    expect(postal.contentType).toBe('multipart/alternative');
  });

  it('decodes to exactly the text and HTML that went in', async () => {
    const input = mail();
    const { postal, python } = await parseBoth(await buildEml(input, { draft: false }));
    expect(python.text).toBe(input.text);
    expect(python.html).toBe(input.html);
    expect(postal.text).toBe(input.text);
    expect(postal.html).toBe(input.html);
  });

  it('carries a project-retro mail too: its inline-styled HTML and Markdown text decode exactly', async () => {
    const file = newEngagementFile(engagement);
    file.project.retro.notes.wentWell = richDoc();
    file.project.retro.notes.doNextTime = doc(
      taskList(taskItem({ id: 'a-1', owner: 'p-2', due: '2026-06-01' }, 'Übergabe des Runbooks')),
    );
    const project = composeProjectMail({ file, today: '2026-05-08' });
    const input = mail({ html: project.html, text: project.text });
    const { postal, python } = await parseBoth(await buildEml(input, { draft: false }));
    expect(python.html).toBe(input.html);
    expect(postal.html).toBe(input.html);
    expect(python.text).toBe(input.text);
    expect(python.html).not.toMatch(/<style/i);
    expect(python.html).toContain('Übergabe des Runbooks <span style="');
  });

  it('uses CRLF line ends everywhere and no bare CR or LF', async () => {
    for (const draft of [true, false]) {
      const raw = (await buildEml(mail(), { draft })).toString('latin1');
      expect(raw).not.toMatch(/[^\r]\n/);
      expect(raw).not.toMatch(/\r(?!\n)/);
      expect(raw.endsWith('\r\n')).toBe(true);
    }
  });

  it('keeps every line within 998 characters (RFC 5322) and sends 7-bit bytes only', async () => {
    const longLine = 'x'.repeat(3000);
    const raw = await buildEml(
      mail({ text: `${longLine}\n${composed.text}`, html: `<p>${longLine}</p>${composed.html}` }),
      { draft: true },
    );
    const longest = Math.max(...lines(raw).map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(998);
    expect([...raw].every((byte) => byte < 0x80)).toBe(true);
  });

  it('keeps a 2,000-character single-line paragraph whole through the round trip', async () => {
    const alphabet = graphemes('aé 東😀=b');
    const paragraphText = Array.from({ length: 2000 }, (_, i) => alphabet[i % alphabet.length]).join('');
    expect(graphemes(paragraphText)).toHaveLength(2000);
    const input = mail({ text: `Before\n${paragraphText}\nAfter`, html: `<p style="margin:0;">${paragraphText}</p>` });
    const raw = await buildEml(input, { draft: false });
    expect(Math.max(...lines(raw).map((l) => l.length))).toBeLessThanOrEqual(998);
    const { postal, python } = await parseBoth(raw);
    expect(python.text).toBe(input.text);
    expect(python.html).toBe(input.html);
    expect(postal.text?.split('\n')[1]).toBe(paragraphText);
  });

  it('folds and decodes a long UTF-8 subject and long display names', async () => {
    const subject = `Retro notes — ${'Zoë Ångström 東京 '.repeat(14).trim()}`.slice(0, 250);
    const longName = 'Ångström-Åkesson '.repeat(7).trim();
    const input = mail({ subject, to: [{ name: longName, email: 'long@example.com' }] });
    const raw = await buildEml(input, { draft: false });
    const headerLines = raw.toString('latin1').split('\r\n\r\n')[0]?.split('\r\n') ?? [];
    expect(Math.max(...headerLines.map((l) => l.length))).toBeLessThanOrEqual(998);
    const postal = await parseWithPostalMime(raw);
    const python = parseWithPython(raw);
    expect(postal.subject).toBe(subject);
    expect(python.subject).toBe(subject);
    expect(postal.to).toEqual([{ name: longName, email: 'long@example.com' }]);
    // Python up to 3.13 keeps the space between adjacent encoded-words in a display name,
    // which RFC 2047 §6.2 says to ignore (CPython gh-128110): compare it without spaces.
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(python.to?.map((a) => ({ name: squash(a.name), email: a.email }))).toEqual([
      { name: squash(longName), email: 'long@example.com' },
    ]);
  });

  it('quotes display names holding commas, quotes or angle brackets', async () => {
    const to = [
      { name: 'Lovelace, Ada', email: 'ada@example.com' },
      { name: 'Kenji "KJ" O’Brien', email: 'kenji@example.com' },
      { name: 'Grace <Admiral> Hopper', email: 'grace@example.com' },
    ];
    const { python } = await parseBoth(await buildEml(mail({ to }), { draft: false }));
    expect(python.to).toEqual(to);
  });

  it('leaves Cc out when there is none', async () => {
    const raw = await buildEml(mail({ cc: [] }), { draft: false });
    expect((await parseBoth(raw)).python.cc).toBeNull();
    expect(raw.toString('latin1')).not.toMatch(/^Cc:/im);
  });

  it('does not turn a line break smuggled into the subject into a header', async () => {
    // The IPC schema refuses this before it gets here; this is the second line of defence.
    const raw = await buildEml(mail({ subject: 'Notes\r\nBcc: eve@example.com' }), { draft: false });
    const { python } = await parseBoth(raw);
    expect(python.bcc).toBeNull();
    expect(raw.toString('latin1')).not.toMatch(/^Bcc:/im);
  });
});

describe('newMessageId', () => {
  it('is <unique@domain of the sender>', () => {
    const first = newMessageId({ name: 'Zoë', email: 'zoe@mail.example.com' });
    const second = newMessageId({ name: 'Zoë', email: 'zoe@mail.example.com' });
    expect(first).toMatch(/^<[0-9a-f-]{36}@mail\.example\.com>$/);
    expect(second).not.toBe(first);
  });

  it('uses a local domain when there is no sender yet', () => {
    expect(newMessageId(null)).toMatch(/^<[0-9a-f-]{36}@aux-desk\.local>$/);
  });
});
