import { describe, expect, it } from 'vitest';
import { normalizeLink } from '../../../../../renderer/features/notes/links';

describe('normalizeLink', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['http://intranet.example/x', 'http://intranet.example/x'],
    ['mailto:team@example.com', 'mailto:team@example.com'],
    ['  example.com/docs  ', 'https://example.com/docs'],
    ['team@example.com', 'mailto:team@example.com'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeLink(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'vbscript:x',
    'not a link',
    'ftp://example.com',
  ])('refuses %j', (input) => {
    expect(normalizeLink(input)).toBeNull();
  });
});
