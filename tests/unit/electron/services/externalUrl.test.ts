import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../../electron/services/externalUrl';

describe('safeExternalUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/retro?week=3#notes', 'https://example.com/retro?week=3#notes'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['mailto:ada@example.com', 'mailto:ada@example.com'],
    ['mailto:ada@example.com?subject=Retro%20notes&body=Hi', 'mailto:ada@example.com?subject=Retro%20notes&body=Hi'],
  ])('lets %j through as %j', (raw, href) => {
    expect(safeExternalUrl(raw)?.href).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'http://example.com',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'about:blank',
    'chrome://settings',
    'ftp://example.com/x',
    'smb://server/share',
    'ms-settings:',
    'app://aux-desk/index.html',
    'https://',
    '//example.com',
    '/relative/path',
    'example.com',
    '',
    'not a url',
  ])('refuses %j', (raw) => {
    expect(safeExternalUrl(raw)).toBeNull();
  });
});
