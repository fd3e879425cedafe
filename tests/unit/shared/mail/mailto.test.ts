import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { MailAddress } from '../../../../shared/mail/addresses';
import { buildMailto, MAILTO_CUT_NOTICE, MAILTO_MAX_LENGTH } from '../../../../shared/mail/mailto';
import { graphemes } from '../../../../shared/text';

const ada: MailAddress = { name: 'Ada Lovelace', email: 'ada@example.com' };
const zoe: MailAddress = { name: 'Zoë Ångström', email: 'zoe@example.com' };
const grace: MailAddress = { name: 'Grace Hopper', email: 'grace@example.com' };
const SUBJECT = 'Retro notes — Payments & Co — 5 Mar 2026';

/** The query parameters of a mailto: URL, each decoded with decodeURIComponent (which throws on a cut UTF-8 sequence). */
function parse(url: string): { to: string[]; params: Map<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [target = '', query = ''] = url.slice('mailto:'.length).split('?');
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [key = '', value = ''] = pair.split('=');
    expect(params.has(key), `one ${key}= parameter`).toBe(false);
    params.set(key, decodeURIComponent(value));
  }
  return { to: target.split(',').map(decodeURIComponent), params };
}

/** The body's lines: every line break in the URL is CR LF (RFC 6068 §5), read back as "\n". */
function bodyOf(url: string): string {
  const body = parse(url).params.get('body');
  if (body === undefined) throw new Error('no body');
  expect(body, 'only CR LF line breaks').not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  return body.replace(/\r\n/g, '\n');
}

/** Python's urllib reads the URL: an independent parse of what we built. */
function pythonMailto(url: string): { scheme: string; to: string[]; params: Record<string, string> } {
  const script = [
    'import json, sys',
    'from urllib.parse import urlsplit, unquote',
    'u = urlsplit(sys.stdin.read())',
    'params = {}',
    'for pair in u.query.split("&"):',
    '    key, _, value = pair.partition("=")',
    '    params[unquote(key)] = unquote(value, errors="strict")',
    'json.dump({"scheme": u.scheme, "to": [unquote(a) for a in u.path.split(",")], "params": params}, sys.stdout)',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: url, encoding: 'utf8', timeout: 20_000 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { scheme: string; to: string[]; params: Record<string, string> };
}

function mailto(text: string, cc: MailAddress[] = []) {
  return buildMailto({ to: [ada, zoe], cc, subject: SUBJECT, text });
}

describe('buildMailto', () => {
  it('keeps the 1,800-character cap', () => {
    expect(MAILTO_MAX_LENGTH).toBe(1800);
  });

  it('leaves a short note untouched: recipients, subject and body decode to what went in', () => {
    const text =
      'Went well\n---------\nShipped & deployed? Yes = 100% #win\n\n[ ] Write the runbook (Ada, due 12 Mar 2026)\n';
    const { url, truncated } = mailto(text);
    expect(truncated).toBe(false);
    const parsed = parse(url);
    expect(parsed.to).toEqual(['ada@example.com', 'zoe@example.com']);
    expect(parsed.params.get('subject')).toBe(SUBJECT);
    expect(bodyOf(url)).toBe(text);
    expect(parsed.params.has('cc')).toBe(false);
    // Nothing that would end the body or start another parameter survives unencoded.
    expect(url).not.toMatch(/[\s#]/);
  });

  it('writes every line break as %0D%0A and leaves @ unencoded (RFC 6068), as Python’s urllib reads it', () => {
    const text = 'Went well\n---\nLF\nCR\rCRLF\r\nend 100% @home';
    const { url } = buildMailto({ to: [ada, zoe], cc: [grace], subject: 'Notes @ 5 Mar', text });
    expect(
      url.startsWith('mailto:ada@example.com,zoe@example.com?cc=grace@example.com&subject=Notes%20@%205%20Mar&body='),
    ).toBe(true);
    expect(url).not.toMatch(/%40/);
    expect(url).not.toMatch(/%0D(?!%0A)|(?<!%0D)%0A/);
    expect(pythonMailto(url)).toEqual({
      scheme: 'mailto',
      to: ['ada@example.com', 'zoe@example.com'],
      params: {
        cc: 'grace@example.com',
        subject: 'Notes @ 5 Mar',
        body: 'Went well\r\n---\r\nLF\r\nCR\r\nCRLF\r\nend 100% @home',
      },
    });
  });

  it('cannot be tricked into adding parameters by the text or subject', () => {
    const text = 'a&bcc=eve@example.com&body=x?cc=eve@example.com#frag';
    const { url } = buildMailto({ to: [ada], cc: [], subject: 'x&bcc=eve@example.com', text });
    const parsed = parse(url);
    expect([...parsed.params.keys()]).toEqual(['subject', 'body']);
    expect(bodyOf(url)).toBe(text);
    expect(parsed.params.get('subject')).toBe('x&bcc=eve@example.com');
  });

  it('includes the Cc recipients, both when it fits and when it is cut', () => {
    const short = parse(mailto('short', [grace, { name: '', email: 'ken@example.com' }]).url);
    expect(short.params.get('cc')).toBe('grace@example.com,ken@example.com');

    const long = mailto('x'.repeat(5000), [grace]);
    expect(long.truncated).toBe(true);
    expect(parse(long.url).params.get('cc')).toBe('grace@example.com');
    expect(parse(long.url).params.get('subject')).toBe(SUBJECT);
  });

  it('leaves a note untouched up to exactly the cap, and cuts it one character later', () => {
    const base = mailto('').url.length;
    const fits = mailto('a'.repeat(MAILTO_MAX_LENGTH - base));
    expect(fits.url.length).toBe(MAILTO_MAX_LENGTH);
    expect(fits.truncated).toBe(false);
    expect(bodyOf(fits.url)).toBe('a'.repeat(MAILTO_MAX_LENGTH - base));

    const over = mailto('a'.repeat(MAILTO_MAX_LENGTH - base + 1));
    expect(over.truncated).toBe(true);
    expect(over.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
  });

  it('cuts a long note to fit, keeps as much as fits, and says so at the end', () => {
    const text = 'abcdefghij'.repeat(1000);
    const { url, truncated } = mailto(text);
    expect(truncated).toBe(true);
    // Every ASCII letter is one character in the URL, so the longest prefix fills the cap exactly.
    expect(url.length).toBe(MAILTO_MAX_LENGTH);
    const body = bodyOf(url);
    expect(body.endsWith(MAILTO_CUT_NOTICE)).toBe(true);
    const kept = body.slice(0, -MAILTO_CUT_NOTICE.length);
    expect(kept.length).toBeGreaterThan(100);
    expect(text.startsWith(kept)).toBe(true);
  });

  it('does not leave trailing spaces before the notice', () => {
    const text = 'word '.repeat(2000);
    const body = bodyOf(mailto(text).url);
    const kept = body.slice(0, -MAILTO_CUT_NOTICE.length);
    expect(kept).toMatch(/\S$/);
    expect(text.startsWith(kept)).toBe(true);
  });

  const UNITS: [string, string][] = [
    ['a 2-byte letter', 'é'],
    ['a 3-byte CJK character', '東'],
    ['an emoji outside the BMP (surrogate pair)', '😀'],
    ['a ZWJ family emoji (one grapheme, 7 code points)', '👩‍👩‍👧‍👦'],
    ['a flag (two regional indicators)', '🇯🇵'],
    ['a letter with a combining accent', 'e\u0301'],
    ['a skin-tone emoji', '👍🏽'],
  ];

  it.each(UNITS)('never cuts inside %s, wherever the cut falls', (_label, unit) => {
    const unitLength = encodeURIComponent(unit).length;
    // Shift the text by 0..n ASCII characters so the cap falls at every position inside a unit.
    for (let shift = 0; shift < unitLength; shift++) {
      const text = 'a'.repeat(shift) + unit.repeat(Math.ceil(4000 / unitLength) + 10);
      const { url, truncated } = mailto(text);
      expect(truncated).toBe(true);
      expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const body = bodyOf(url); // decodeURIComponent throws on a cut sequence
      expect(body.endsWith(MAILTO_CUT_NOTICE)).toBe(true);
      const kept = body.slice(0, -MAILTO_CUT_NOTICE.length);
      expect(text.startsWith(kept)).toBe(true);
      const keptUnits = graphemes(kept.slice(shift));
      expect(keptUnits.length).toBeGreaterThan(0);
      for (const g of keptUnits) expect(g).toBe(unit);
      // As much as fits: one more unit would not.
      expect(url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - unitLength);
    }
  });

  it('does not throw on a broken UTF-16 sequence (a lone surrogate) in the text or subject', () => {
    const short = buildMailto({
      to: [ada],
      cc: [],
      subject: 'half \ud83d emoji',
      text: 'broken \ud83d and \ude00 halves',
    });
    expect(short.truncated).toBe(false);
    expect(bodyOf(short.url)).toBe('broken \ufffd and \ufffd halves');
    expect(parse(short.url).params.get('subject')).toBe('half \ufffd emoji');
    const long = mailto('\ud83d'.repeat(3000));
    expect(long.truncated).toBe(true);
    expect(long.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(bodyOf(long.url).endsWith(MAILTO_CUT_NOTICE)).toBe(true);
  });

  it('falls back to the notice alone when not even one character of the note fits', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: '', email: `person-number-${i}@example.com` }));
    const { url, truncated } = buildMailto({ to: many, cc: [], subject: SUBJECT, text: 'x'.repeat(3000) });
    expect(truncated).toBe(true);
    expect(bodyOf(url)).toBe(MAILTO_CUT_NOTICE.trim());
    // Longer than the cap: the caller (mailService.mailto) refuses it rather than open it.
    expect(url.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
  });

  it('takes a smaller cap when given one', () => {
    const { url, truncated } = buildMailto({ to: [ada], cc: [], subject: 's', text: 'y'.repeat(1000) }, 300);
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(300);
    expect(bodyOf(url).endsWith(MAILTO_CUT_NOTICE)).toBe(true);
  });
});
