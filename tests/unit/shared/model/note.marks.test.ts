import { describe, expect, it } from 'vitest';
import { link } from '../../support/notes';
import { accepts, messagesOf, withLink, withMarks } from './noteWorld';

describe('NoteDocSchema: marks', () => {
  it.each(['highlight', 'textStyle', 'script', 'Bold', ''])('refuses the %j mark', (type) => {
    expect(accepts(withMarks([{ type }]))).toBe(false);
  });

  it('refuses more than 10 marks on one text node', () => {
    const eleven = Array.from({ length: 11 }, () => ({ type: 'bold' }));
    expect(accepts(withMarks(eleven.slice(0, 10)))).toBe(true);
    expect(accepts(withMarks(eleven))).toBe(false);
  });
});

describe('NoteDocSchema: links', () => {
  it.each([
    'https://example.com/path?q=1#frag',
    'http://intranet.local',
    'HTTPS://EXAMPLE.COM',
    'mailto:ada@example.com',
    'MailTo:ada@example.com',
    '  https://example.com  ',
  ])('accepts %j', (href) => {
    expect(accepts(withLink(href))).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(document.cookie)',
    ' javascript:alert(1)',
    '   javascript:alert(1)',
    '\tjavascript:alert(1)',
    '\njavascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    '//evil.example.com',
    'https:evil.example.com',
    'ftp://files.example.com',
    'example.com',
    '',
    '   ',
  ])('refuses %j', (href) => {
    expect(messagesOf(withLink(href))).toContain('Links must be https:, http: or mailto: addresses.');
  });

  it.each([
    ['no attrs', { type: 'link' }],
    ['no href', { type: 'link', attrs: { target: '_blank' } }],
    ['a null href', { type: 'link', attrs: { href: null } }],
    ['a numeric href', { type: 'link', attrs: { href: 42 } }],
    ['an array href', { type: 'link', attrs: { href: ['https://example.com'] } }],
  ])('refuses a link with %s', (_what, mark) => {
    expect(accepts(withMarks([mark]))).toBe(false);
  });

  it('refuses a hostile link among harmless marks', () => {
    expect(accepts(withMarks([{ type: 'bold' }, link('javascript:alert(1)'), { type: 'italic' }]))).toBe(false);
  });
});
