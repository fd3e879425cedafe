import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  mimeType,
  printPageUrl,
  resolveRendererFile,
} from '../../../../electron/services/rendererFiles';

// Pure path logic: nothing is read from disk, so a made-up root is enough.
const root = path.resolve('/srv/aux-desk/renderer');

describe('resolveRendererFile', () => {
  it("serves '/' (and an empty path) as index.html", () => {
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('maps ordinary paths inside the folder', () => {
    expect(resolveRendererFile(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-3f2a.js')).toBe(path.join(root, 'assets', 'index-3f2a.js'));
    expect(resolveRendererFile(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('keeps paths that only look odd but stay inside', () => {
    expect(resolveRendererFile(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '//index.html')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    '/../x',
    '/..',
    '/../../../../etc/passwd',
    '/assets/../../x',
    '/%2e%2e/x',
    '/%2E%2E/x',
    '/..%2fx',
    '/..%2Fx',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..\\x',
    '/assets\\..\\..\\x',
    '/%5c..%5cx',
    '/index.html%00.js',
    '/index.html\u0000',
    '/%E0%A4%A',
    '/%',
    '/.',
    `/../${path.basename(root)}-evil/x`,
  ])('refuses %j', (urlPath) => {
    expect(resolveRendererFile(root, urlPath)).toBeNull();
  });

  it('does not decode twice: a double-encoded ".." is a harmless file name inside the folder', () => {
    expect(resolveRendererFile(root, '/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
  });
});

describe('mimeType', () => {
  it('knows the renderer’s file types, case-insensitively', () => {
    expect(mimeType('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('/a/b/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('style.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('font.woff2')).toBe('font/woff2');
    expect(mimeType('logo.svg')).toBe('image/svg+xml');
  });

  it('falls back to a type browsers will not run', () => {
    expect(mimeType('notes')).toBe('application/octet-stream');
    expect(mimeType('payload.exe')).toBe('application/octet-stream');
  });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("allows scripts from 'self' only", () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('never allows eval or inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|unsafe-hashes/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*/);
  });

  it('shuts plugins, base tags, forms and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names each directive once', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('APP_ORIGIN', () => {
  it('is a custom scheme, not file:', () => {
    expect(APP_ORIGIN).toBe('app://aux-desk');
  });
});

describe('printPageUrl', () => {
  it('is the print page beside index.html, the job in the fragment (which no server sees)', () => {
    expect(printPageUrl(APP_ORIGIN, 'job-1')).toBe('app://aux-desk/print.html#job-1');
    expect(printPageUrl('http://localhost:5173/', 'job-1')).toBe('http://localhost:5173/print.html#job-1');
    expect(printPageUrl('http://127.0.0.1:4000', 'a b')).toBe('http://127.0.0.1:4000/print.html#a%20b');
  });
});
