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
    [
      'mailto:ada@example.com,zoe@example.com?cc=grace@example.com&subject=S&body=Line%201%0D%0ALine%202',
      'mailto:ada@example.com,zoe@example.com?cc=grace@example.com&subject=S&body=Line%201%0D%0ALine%202',
    ],
    ['mailto:?to=ada@example.com&SUBJECT=Hi', 'mailto:?to=ada@example.com&SUBJECT=Hi'],
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
    // A mailto: link carries recipients, a subject and a body, nothing else.
    'mailto:ada@example.com?bcc=eve@example.com',
    'mailto:ada@example.com?subject=Hi&BCC=eve@example.com',
    'mailto:ada@example.com?%62cc=eve@example.com',
    'mailto:ada@example.com?attach=/etc/passwd',
    'mailto:ada@example.com?attachment=%2Fhome%2Fada%2F.ssh%2Fid_rsa',
    'mailto:ada@example.com?body=Hi&attach=C:%5CUsers%5Cada%5Cdoc.pdf',
    'mailto:ada@example.com?in-reply-to=%3Cx@example.com%3E',
    'mailto:ada@example.com?from=boss@example.com',
    'mailto:ada@example.com?subject=Hi%0D%0ABcc:eve@example.com',
    'mailto:ada@example.com%0D%0ABcc:eve@example.com',
    'mailto:ada@example.com?cc=grace@example.com%0Abcc:eve@example.com',
    // Any control character outside the body (the rule in shared/text.ts), not only CR and LF.
    'mailto:ada@example.com?subject=Hi%E2%80%A8Bcc:eve@example.com',
    'mailto:ada@example.com?subject=Hi%C2%85Bcc:eve@example.com',
    'mailto:ada@example.com?subject=Hi%00there',
    'mailto:ada@example.com%09?subject=Hi',
    'mailto:ada@example.com#attach=x',
    'mailto:%E0%A4%A',
    // A user name in a web link hides the real host.
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
  ])('refuses %j', (raw) => {
    expect(safeExternalUrl(raw)).toBeNull();
  });
});
