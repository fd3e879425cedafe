import { describe, expect, it } from 'vitest';
import {
  formatAddress,
  MailAddressSchema,
  OutgoingHeadersSchema,
  parseAddressList,
  type OutgoingHeaders,
} from '../../../../shared/mail/addresses';

const ada = { name: 'Ada Lovelace', email: 'ada@example.com' };
const headers = (overrides: Partial<Record<keyof OutgoingHeaders, unknown>> = {}) => ({
  to: [ada],
  cc: [],
  subject: 'Retro notes — Payments — 5 Mar 2026',
  ...overrides,
});

/** Characters that end or split a header line, or that some clients treat as line breaks. */
const LINE_BREAKERS: [string, string][] = [
  ['CR LF', '\r\n'],
  ['LF', '\n'],
  ['CR', '\r'],
  ['NUL', '\u0000'],
  ['tab', '\t'],
  ['NEL (U+0085)', '\u0085'],
  ['LINE SEPARATOR (U+2028)', '\u2028'],
  ['PARAGRAPH SEPARATOR (U+2029)', '\u2029'],
  ['DEL', '\u007f'],
];

describe('parseAddressList', () => {
  it('parses "Name <address>" and bare addresses separated by commas', () => {
    expect(parseAddressList('Zoë Ångström <zoe@example.com>, kenji@example.com')).toEqual({
      ok: true,
      addresses: [
        { name: 'Zoë Ångström', email: 'zoe@example.com' },
        { name: '', email: 'kenji@example.com' },
      ],
    });
  });

  it('accepts semicolons (as Outlook writes lists) and ignores blank entries and spaces', () => {
    expect(parseAddressList('  ada@example.com ;; Grace Hopper <grace@example.com> , , ')).toEqual({
      ok: true,
      addresses: [
        { name: '', email: 'ada@example.com' },
        { name: 'Grace Hopper', email: 'grace@example.com' },
      ],
    });
  });

  it('returns no addresses for an empty field', () => {
    expect(parseAddressList('')).toEqual({ ok: true, addresses: [] });
    expect(parseAddressList('   ')).toEqual({ ok: true, addresses: [] });
  });

  it('takes a quoted display name without its quotes', () => {
    expect(parseAddressList('"Ada Lovelace" <ada@example.com>')).toEqual({ ok: true, addresses: [ada] });
  });

  it('keeps a comma or semicolon inside a quoted name as part of the name', () => {
    expect(parseAddressList('"Lovelace, Ada" <ada@example.com>, "Hopper; Grace" <grace@example.com>')).toEqual({
      ok: true,
      addresses: [
        { name: 'Lovelace, Ada', email: 'ada@example.com' },
        { name: 'Hopper; Grace', email: 'grace@example.com' },
      ],
    });
  });

  it('accepts an address in angle brackets without a name', () => {
    expect(parseAddressList('<ada@example.com>')).toEqual({
      ok: true,
      addresses: [{ name: '', email: 'ada@example.com' }],
    });
  });

  it.each([
    ['not-an-address', 'ada@example.com, not-an-address, grace@example.com'],
    ['grace@', 'ada@example.com; grace@'],
    ['Ada Lovelace ada@example.com', 'Ada Lovelace ada@example.com'],
    ['Ada <ada@example.com', 'Ada <ada@example.com'],
    ['Ada <not an address>', 'Ada <not an address>'],
    ['"Unclosed <ada@example.com>, grace@example.com', '"Unclosed <ada@example.com>, grace@example.com'],
  ])('names the bad entry %j in the error', (bad, input) => {
    const parsed = parseAddressList(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(`“${bad}” is not a valid email address.`);
  });

  it.each(LINE_BREAKERS)('refuses a list containing %s (header injection)', (_label, breaker) => {
    const parsed = parseAddressList(`ada@example.com${breaker}Bcc: evil@example.com`);
    expect(parsed).toEqual({ ok: false, error: 'Addresses cannot contain line breaks or control characters.' });
  });
});

describe('MailAddressSchema', () => {
  it('accepts a name and an address, trimmed', () => {
    expect(MailAddressSchema.parse({ name: '  Zoë Ångström ', email: ' zoe@example.com ' })).toEqual({
      name: 'Zoë Ångström',
      email: 'zoe@example.com',
    });
    expect(MailAddressSchema.parse({ name: '東京', email: 'tokyo@example.com' })).toEqual({
      name: '東京',
      email: 'tokyo@example.com',
    });
    expect(MailAddressSchema.parse({ name: '', email: 'ada@example.com' })).toEqual({
      name: '',
      email: 'ada@example.com',
    });
  });

  it.each(LINE_BREAKERS)('refuses %s inside a name', (_label, breaker) => {
    const result = MailAddressSchema.safeParse({
      name: `Ada${breaker}Bcc: evil@example.com`,
      email: 'ada@example.com',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'The name cannot contain line breaks or control characters.',
    );
  });

  it.each(LINE_BREAKERS)('refuses %s inside an address', (_label, breaker) => {
    expect(
      MailAddressSchema.safeParse({ name: 'Ada', email: `ada@example.com${breaker}Bcc: evil@example.com` }).success,
    ).toBe(false);
    expect(MailAddressSchema.safeParse({ name: 'Ada', email: `ada${breaker}@example.com` }).success).toBe(false);
  });

  it('refuses things that are not addresses, overlong values and unknown keys', () => {
    for (const email of [
      '',
      'ada',
      'ada@',
      '@example.com',
      'ada@example.com>',
      'a b@example.com',
      'ada@example.com, eve@example.com',
    ]) {
      expect(MailAddressSchema.safeParse({ name: '', email }).success, email).toBe(false);
    }
    expect(MailAddressSchema.safeParse({ name: 'x'.repeat(121), email: 'ada@example.com' }).success).toBe(false);
    expect(MailAddressSchema.safeParse({ name: 'x'.repeat(120), email: 'ada@example.com' }).success).toBe(true);
    expect(MailAddressSchema.safeParse({ name: '', email: `${'a'.repeat(64)}@${'b'.repeat(186)}.com` }).success).toBe(
      false,
    );
    expect(MailAddressSchema.safeParse({ ...ada, bcc: 'eve@example.com' }).success).toBe(false);
  });
});

describe('OutgoingHeadersSchema', () => {
  it('accepts recipients, copies and a subject', () => {
    const value = headers({ cc: [{ name: 'Grace', email: 'grace@example.com' }] });
    expect(OutgoingHeadersSchema.parse(value)).toEqual(value);
  });

  it.each(LINE_BREAKERS)('refuses %s in the subject', (_label, breaker) => {
    const result = OutgoingHeadersSchema.safeParse(headers({ subject: `Notes${breaker}Bcc: evil@example.com` }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['subject']);
    expect(result.error?.issues[0]?.message).toBe('The subject cannot contain line breaks or control characters.');
  });

  it('refuses a To or Cc name or address carrying a header (CR LF Bcc:)', () => {
    const injected = { name: 'Ada\r\nBcc: evil@example.com', email: 'ada@example.com' };
    const toResult = OutgoingHeadersSchema.safeParse(headers({ to: [injected] }));
    expect(toResult.error?.issues[0]?.path).toEqual(['to', 0, 'name']);
    const ccResult = OutgoingHeadersSchema.safeParse(
      headers({ cc: [{ name: 'Grace', email: 'grace@example.com\r\nBcc: evil@example.com' }] }),
    );
    expect(ccResult.error?.issues[0]?.path).toEqual(['cc', 0, 'email']);
  });

  it('needs a subject and at least one recipient, and knows no Bcc', () => {
    expect(OutgoingHeadersSchema.safeParse(headers({ subject: '' })).error?.issues[0]?.message).toBe(
      'Enter a subject.',
    );
    expect(OutgoingHeadersSchema.safeParse(headers({ subject: '   ' })).error?.issues[0]?.message).toBe(
      'Enter a subject.',
    );
    expect(OutgoingHeadersSchema.safeParse(headers({ subject: 'x'.repeat(251) })).success).toBe(false);
    expect(OutgoingHeadersSchema.safeParse(headers({ subject: 'x'.repeat(250) })).success).toBe(true);
    expect(OutgoingHeadersSchema.safeParse(headers({ to: [] })).error?.issues[0]?.message).toBe(
      'Add at least one recipient with an email address.',
    );
    expect(OutgoingHeadersSchema.safeParse({ ...headers(), bcc: [ada] }).success).toBe(false);
    expect(
      OutgoingHeadersSchema.safeParse(
        headers({ to: Array.from({ length: 201 }, (_, i) => ({ name: '', email: `p${i}@example.com` })) }),
      ).success,
    ).toBe(false);
  });
});

describe('formatAddress', () => {
  it('shows "Name <address>", or the bare address without a name', () => {
    expect(formatAddress(ada)).toBe('Ada Lovelace <ada@example.com>');
    expect(formatAddress({ name: '', email: 'ada@example.com' })).toBe('ada@example.com');
  });
});
