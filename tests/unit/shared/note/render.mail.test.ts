import { describe, expect, it } from 'vitest';
import { NOTE_MARK_TYPES, NOTE_NODE_TYPES } from '../../../../shared/model/note';
import { NOTE_LOOK } from '../../../../shared/note/render';
import { doc, heading, line, link, listItem, paragraph, richDoc, taskItem, text } from '../../support/notes';
import { A, html, MARK_CASES, NODE_CASES, P, plain, PRE } from './renderMailWorld';

describe('noteToHtml and noteToText: every node type of the note schema', () => {
  it('has an example for every node type and every mark type', () => {
    expect(Object.keys(NODE_CASES).sort()).toEqual([...NOTE_NODE_TYPES].sort());
    expect(Object.keys(MARK_CASES).sort()).toEqual([...NOTE_MARK_TYPES].sort());
  });

  it.each(NOTE_NODE_TYPES.map((type) => [type, NODE_CASES[type]] as const))('renders %s as HTML', (_type, example) => {
    expect(html(example.node)).toBe(example.html);
  });

  it.each(NOTE_NODE_TYPES.map((type) => [type, NODE_CASES[type]] as const))(
    'renders %s as plain text',
    (_type, example) => {
      expect(plain(example.node)).toBe(example.text);
    },
  );

  it.each(NOTE_MARK_TYPES.map((type) => [type, MARK_CASES[type]] as const))('renders the %s mark', (_type, example) => {
    const node = paragraph(text('word', [example.mark]));
    expect(html(node)).toBe(`${P}${example.html}</p>`);
    expect(plain(node)).toBe(example.text);
  });

  it('nests several marks on one text, innermost first', () => {
    const node = text('word', [
      { type: 'bold' },
      { type: 'italic' },
      link('https://example.com/'),
      { type: 'underline' },
    ]);
    expect(html(node)).toBe(`<u>${A('https://example.com/')}<em><strong>word</strong></em></a></u>`);
    expect(plain(node)).toBe('_*word*_ <https://example.com/>');
  });

  it('renders the rich example note (every node and mark) as inline-styled HTML without classes or scripts', () => {
    const out = html(richDoc());
    for (const tag of ['h2', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'code', 'a', 'span']) {
      const opening = out.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? [];
      const styled = out.match(new RegExp(`<${tag}(?: start="\\d+")?(?: href="[^"]*")? style="[^"]+"`, 'g')) ?? [];
      expect(opening.length, `<${tag}> present`).toBeGreaterThan(0);
      expect(styled.length, `every <${tag}> has an inline style`).toBe(opening.length);
    }
    expect(out).not.toMatch(/class=|<style|<script|<img|on\w+=/i);
    expect(out).toContain('<strong>billing</strong>');
    expect(out).toContain(`${A('mailto:ada@example.com')}Ada</a>`);
  });

  it('renders the rich example note as plain text that reads on its own', () => {
    expect(plain(richDoc())).toBe(
      [
        'Week 3',
        '======',
        '',
        'Shipped the _*billing*_ fix; see the PR <https://git.example.com/pr/42>',
        'mail Ada <mailto:ada@example.com> or run `make deploy` (not ~yet~)',
        '',
        '- Outer',
        '  - Inner',
        '    - Innermost',
        '- Second',
        '',
        '3. Third',
        '4. Fourth',
        '',
        // richDoc's owners are names, not person ids: they are not in the engagement.
        '[ ] Write the runbook (someone no longer in the engagement, due 12 Mar 2026)',
        '    [x] Draft outline',
        '[ ] Pair on the pipeline (someone no longer in the engagement)',
        '',
        '> Ship small, ship often.',
        '',
        '    const answer = 42;',
        '    console.log(answer);',
        '',
        '---',
      ].join('\n'),
    );
  });

  it('renders an empty note as nothing', () => {
    expect(html(doc())).toBe('');
    expect(plain(doc())).toBe('');
    expect(plain(doc(paragraph()))).toBe('');
    // An empty paragraph is left out of the HTML as of the text (and of the export).
    expect(html(doc(paragraph()))).toBe('');
    expect(html(doc(line('a'), paragraph(), line('b')))).toBe(`${P}a</p>${P}b</p>`);
  });
});

describe('escaping', () => {
  const hostile = `<script>alert("x")</script> & 'y' <img src=x onerror=alert(1)>`;

  it('escapes < > & " and \' in text', () => {
    const out = html(doc(paragraph(text(hostile))));
    expect(out).toBe(
      `${P}&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &lt;img src=x onerror=alert(1)&gt;</p>`,
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
  });

  it('escapes text inside every mark, headings, list items and code blocks', () => {
    for (const type of NOTE_MARK_TYPES) {
      expect(html(text('<b>&', [MARK_CASES[type].mark]))).toContain('&lt;b&gt;&amp;');
    }
    expect(html(heading(3, '<i>'))).toBe(`<h3 style="${NOTE_LOOK.h3.css}">&lt;i&gt;</h3>`);
    expect(html(listItem('"quoted"'))).toContain('&quot;quoted&quot;');
    expect(html({ type: 'codeBlock', content: [text('</pre><script>')] })).toBe(
      `${PRE}&lt;/pre&gt;&lt;script&gt;</code></pre>`,
    );
  });

  it('escapes & " < > \' in an href so it cannot leave its attribute', () => {
    const href = `https://example.com/?a=1&b="2"<x>'y' onmouseover=alert(1)`;
    const out = html(text('link', [link(href)]));
    expect(out).toBe(
      `${A('https://example.com/?a=1&amp;b=&quot;2&quot;&lt;x&gt;&#39;y&#39; onmouseover=alert(1)')}link</a>`,
    );
    // Only the quotes of the three attributes (href, style, rel), so href is never broken out of.
    expect(out.match(/"/g)?.length).toBe(6);
  });

  it('does not escape the plain-text part (it is not HTML)', () => {
    expect(plain(paragraph(text(`a < b & "c" 'd'`)))).toBe(`a < b & "c" 'd'`);
  });

  it('escapes owner names in action items', () => {
    const out = html(taskItem({ id: 'a1', owner: 'p-2' }, 'Review'));
    expect(out).toContain('(Grace &lt;Hopper&gt; &amp; &quot;Co&quot;)');
    expect(out).not.toContain('<Hopper>');
    expect(plain(taskItem({ id: 'a1', owner: 'p-2' }, 'Review'))).toBe('[ ] Review (Grace <Hopper> & "Co")');
  });
});
