// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../../../renderer/features/notes/sanitize';

function parse(html: string): Document {
  return new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
}

describe('sanitizePastedHtml', () => {
  it('drops script tags and their code', () => {
    const out = sanitizePastedHtml('<p>ok</p><script>window.__pwned = 1</script>');
    expect(out).not.toMatch(/script|__pwned/i);
    expect(out).toContain('<p>ok</p>');
  });

  it('drops event handlers and images (no remote loads)', () => {
    const doc = parse(
      '<p>a<img src="https://tracker.example.com/p.png" onerror="window.__pwned=1">b</p><div onclick="x()" onmouseover="y()">c</div>',
    );
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror], [onclick], [onmouseover]')).toHaveLength(0);
    expect(doc.body.textContent).toBe('abc');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('neutralises a %j link but keeps its text', (href) => {
    const doc = parse(`<p><a href="${href}">click me</a></p>`);
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href') ?? null).toBeNull();
    expect(doc.body.textContent).toBe('click me');
  });

  it('keeps https and mailto links', () => {
    const doc = parse('<p><a href="https://example.com/doc">doc</a> <a href="mailto:team@example.com">mail</a></p>');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/doc',
      'mailto:team@example.com',
    ]);
  });

  it('drops styles, frames, objects, forms and svg', () => {
    const doc = parse(
      '<style>p{color:red}</style><p style="background:url(https://x.example/y)">t</p><iframe src="https://e.example"></iframe>' +
        '<object data="x.swf"></object><embed src="x"><form action="https://e.example"><input type="text" name="q"></form>' +
        '<svg><script>alert(1)</script></svg><link rel="stylesheet" href="https://e.example/x.css">',
    );
    expect(doc.querySelectorAll('style, iframe, object, embed, form, svg, link, input[type=text]')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    expect(doc.body.textContent).toBe('t');
  });

  it('keeps the structure a note can use: headings, lists, emphasis, code', () => {
    const html =
      '<h2>Title</h2><ul><li><strong>bold</strong> and <em>italic</em></li></ul><ol><li><code>x</code></li></ol>';
    expect(sanitizePastedHtml(html)).toBe(html);
  });
});
