import { describe, expect, it } from 'vitest';
import { NOTE_MARK_TYPES, NOTE_NODE_TYPES, type NoteNode } from '../../../../shared/model/note';
import { NOTE_LOOK, noteToHtml, noteToText, type NoteRenderOptions } from '../../../../shared/note/render';
import {
  bulletList,
  doc,
  hardBreak,
  heading,
  line,
  link,
  listItem,
  paragraph,
  richDoc,
  taskItem,
  taskList,
  text,
  type Mark,
} from '../../support/notes';

type NodeType = (typeof NOTE_NODE_TYPES)[number];
type MarkType = (typeof NOTE_MARK_TYPES)[number];

const PEOPLE: Record<string, string> = { 'p-1': 'Ada Lovelace', 'p-2': 'Grace <Hopper> & "Co"' };
const options: NoteRenderOptions = { personName: (id) => PEOPLE[id] };

/** Mail HTML (inline styles) and the mail's plain text. */
const html = (node: NoteNode) => noteToHtml(node, 'inline', options);
const plain = (node: NoteNode) => noteToText(node, options);

const P = `<p style="${NOTE_LOOK.p.css}">`;
const LI = `<li style="${NOTE_LOOK.li.css}">`;
const TASK = `<li style="${NOTE_LOOK.task.css}">`;
const DONE = `<li style="${NOTE_LOOK.task.css}${NOTE_LOOK.done.css}">`;
const UL = `<ul style="${NOTE_LOOK.list.css}">`;
const META = `<span style="${NOTE_LOOK.meta.css}">`;
const A = (href: string) => `<a href="${href}" style="${NOTE_LOOK.link.css}" rel="noopener noreferrer">`;
const PRE = `<pre style="${NOTE_LOOK.pre.css}"><code style="${NOTE_LOOK.preCode.css}">`;

function orderedList(start: unknown, ...items: NoteNode[]): NoteNode {
  return { type: 'orderedList', attrs: { start, type: null }, content: items };
}

/**
 * One example per node type of the note schema. Typed as a Record over the schema's list,
 * so a node type added to the editor without a rendering here fails to compile.
 */
const NODE_CASES: Record<NodeType, { node: NoteNode; html: string; text: string }> = {
  doc: { node: doc(line('a'), line('b')), html: `${P}a</p>${P}b</p>`, text: 'a\n\nb' },
  paragraph: { node: paragraph(text('Hello')), html: `${P}Hello</p>`, text: 'Hello' },
  text: { node: text('plain'), html: 'plain', text: 'plain' },
  heading: { node: heading(2, 'Week 3'), html: `<h2 style="${NOTE_LOOK.h2.css}">Week 3</h2>`, text: 'Week 3\n======' },
  bulletList: {
    node: bulletList(listItem('one'), listItem('two')),
    html: `${UL}${LI}${P}one</p></li>${LI}${P}two</p></li></ul>`,
    text: '- one\n- two',
  },
  orderedList: {
    node: orderedList(1, listItem('one'), listItem('two')),
    html: `<ol style="${NOTE_LOOK.list.css}">${LI}${P}one</p></li>${LI}${P}two</p></li></ol>`,
    text: '1. one\n2. two',
  },
  listItem: { node: listItem('item'), html: `${LI}${P}item</p></li>`, text: 'item' },
  taskList: {
    node: taskList(taskItem({ id: 'a1' }, 'Do it')),
    html: `${UL}${TASK}&#9744; Do it</li></ul>`,
    text: '[ ] Do it',
  },
  taskItem: {
    node: taskItem({ id: 'a1', checked: true, owner: 'p-1', due: '2026-03-12' }, 'Done it'),
    html: `${DONE}&#9745; <s>Done it</s> ${META}(Ada Lovelace, due 12 Mar 2026)</span></li>`,
    text: '[x] Done it (Ada Lovelace, due 12 Mar 2026)',
  },
  hardBreak: { node: paragraph(text('a'), hardBreak, text('b')), html: `${P}a<br>b</p>`, text: 'a\nb' },
  blockquote: {
    node: { type: 'blockquote', content: [line('Quoted')] },
    html: `<blockquote style="${NOTE_LOOK.blockquote.css}">${P}Quoted</p></blockquote>`,
    text: '> Quoted',
  },
  codeBlock: {
    node: { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('if (a < b && c) {\n  go();\n}')] },
    html: `${PRE}if (a &lt; b &amp;&amp; c) {\n  go();\n}</code></pre>`,
    text: '    if (a < b && c) {\n      go();\n    }',
  },
  horizontalRule: { node: { type: 'horizontalRule' }, html: `<hr style="${NOTE_LOOK.hr.css}">`, text: '---' },
};

/** One example per mark type, on the word "word". */
const MARK_CASES: Record<MarkType, { mark: Mark; html: string; text: string }> = {
  bold: { mark: { type: 'bold' }, html: '<strong>word</strong>', text: '*word*' },
  italic: { mark: { type: 'italic' }, html: '<em>word</em>', text: '_word_' },
  strike: { mark: { type: 'strike' }, html: '<s>word</s>', text: '~word~' },
  code: { mark: { type: 'code' }, html: `<code style="${NOTE_LOOK.code.css}">word</code>`, text: '`word`' },
  link: {
    mark: link('https://example.com/a'),
    html: `${A('https://example.com/a')}word</a>`,
    text: 'word <https://example.com/a>',
  },
  underline: { mark: { type: 'underline' }, html: '<u>word</u>', text: 'word' },
};

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

describe('links', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(document.cookie)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '/relative/path',
    'ftp://example.com/',
  ])('drops the unsafe href %j and keeps the text', (href) => {
    const node = paragraph(text('click', [link(href)]));
    expect(html(node)).toBe(`${P}click</p>`);
    expect(plain(node)).toBe('click');
  });

  it('drops a link mark without an href', () => {
    const node = text('click', [{ type: 'link', attrs: {} }]);
    expect(html(node)).toBe('click');
    expect(plain(node)).toBe('click');
  });

  it.each(['https://example.com/x', 'http://example.com/x', 'mailto:ada@example.com', 'HTTPS://EXAMPLE.COM/'])(
    'keeps the safe href %j',
    (href) => {
      expect(html(text('go', [link(href)]))).toBe(`${A(href)}go</a>`);
      expect(plain(text('go', [link(href)]))).toBe(`go <${href}>`);
    },
  );

  it('trims spaces around an href', () => {
    expect(html(text('go', [link('  https://example.com/x  ')]))).toBe(`${A('https://example.com/x')}go</a>`);
    expect(plain(text('go', [link('  https://example.com/x  ')]))).toBe('go <https://example.com/x>');
  });

  it('does not repeat a link whose text is its address in plain text', () => {
    expect(plain(text('https://example.com/x', [link('https://example.com/x')]))).toBe('https://example.com/x');
  });
});

describe('action items', () => {
  it('shows an open item with an empty box and no meta when it has no owner or due date', () => {
    const item = taskItem({ id: 'a1' }, 'Write docs');
    expect(html(item)).toBe(`${TASK}&#9744; Write docs</li>`);
    expect(plain(item)).toBe('[ ] Write docs');
  });

  it('shows a done item with a ticked box and struck through', () => {
    const item = taskItem({ id: 'a1', checked: true }, 'Write docs');
    expect(html(item)).toBe(`${DONE}&#9745; <s>Write docs</s></li>`);
    expect(plain(item)).toBe('[x] Write docs');
  });

  it("shows the owner's name (not the id) and the due date as a person reads it", () => {
    const item = taskItem({ id: 'a1', owner: 'p-1', due: '2026-03-12' }, 'Write docs');
    expect(html(item)).toBe(`${TASK}&#9744; Write docs ${META}(Ada Lovelace, due 12 Mar 2026)</span></li>`);
    expect(plain(item)).toBe('[ ] Write docs (Ada Lovelace, due 12 Mar 2026)');
    expect(html(item)).not.toContain('p-1');
  });

  it('shows only the due date, or only the owner, when only one is set', () => {
    expect(plain(taskItem({ id: 'a1', due: '2026-12-01' }, 'Ship'))).toBe('[ ] Ship (due 1 Dec 2026)');
    expect(plain(taskItem({ id: 'a1', owner: 'p-1' }, 'Ship'))).toBe('[ ] Ship (Ada Lovelace)');
  });

  it('names an owner who left the engagement as such', () => {
    expect(plain(taskItem({ id: 'a1', owner: 'p-gone' }, 'Ship'))).toBe(
      '[ ] Ship (someone no longer in the engagement)',
    );
  });

  it('keeps marks inside an item and nests items with their own boxes', () => {
    const item: NoteNode = {
      type: 'taskItem',
      attrs: { id: 'a1', checked: false, owner: 'p-1', due: null },
      content: [
        paragraph(text('Read '), text('the RFC', [link('https://example.com/rfc')])),
        taskList(taskItem({ id: 'a2', checked: true }, 'Skim it')),
      ],
    };
    expect(html(item)).toBe(
      `${TASK}&#9744; Read ${A('https://example.com/rfc')}the RFC</a> ${META}(Ada Lovelace)</span>${UL}${DONE}&#9745; <s>Skim it</s></li></ul></li>`,
    );
    expect(plain(item)).toBe('[ ] Read the RFC <https://example.com/rfc> (Ada Lovelace)\n    [x] Skim it');
  });
});

describe('lists in plain text', () => {
  it('indents nested bullet lists under their item', () => {
    const list = bulletList(
      listItem('Outer', bulletList(listItem('Inner', bulletList(listItem('Innermost'))), listItem('Inner 2'))),
      listItem('Second'),
    );
    expect(plain(list)).toBe('- Outer\n  - Inner\n    - Innermost\n  - Inner 2\n- Second');
  });

  it('indents a second paragraph and a hard break inside an item', () => {
    const list = bulletList({
      type: 'listItem',
      content: [paragraph(text('first'), hardBreak, text('broken')), line('second paragraph')],
    });
    expect(plain(list)).toBe('- first\n  broken\n  second paragraph');
  });

  it('numbers an ordered list from its start and aligns nested lines with the number width', () => {
    const list = orderedList(9, listItem('nine'), listItem('ten', bulletList(listItem('sub'))));
    expect(plain(list)).toBe('9. nine\n10. ten\n    - sub');
  });

  it('numbers from 1 when the start is missing', () => {
    const list: NoteNode = { type: 'orderedList', content: [listItem('a'), listItem('b')] };
    expect(plain(list)).toBe('1. a\n2. b');
    expect(html(list)).toBe(`<ol style="${NOTE_LOOK.list.css}">${LI}${P}a</p></li>${LI}${P}b</p></li></ol>`);
  });

  it('puts the start attribute on the <ol> only when it is not 1', () => {
    expect(html(orderedList(3, listItem('c')))).toMatch(/^<ol start="3" style=/);
    expect(html(orderedList(1, listItem('a')))).toMatch(/^<ol style=/);
    // Not a number: ignored rather than written into the attribute.
    expect(html(orderedList('"><script>', listItem('a')))).toMatch(/^<ol style=/);
  });

  it('nests ordered lists inside bullet lists', () => {
    const list = bulletList(listItem('steps', orderedList(1, listItem('one'), listItem('two'))));
    expect(plain(list)).toBe('- steps\n  1. one\n  2. two');
  });
});

describe('other blocks in plain text', () => {
  it('underlines level-2 headings with = and level-3 with -, by characters as a reader sees them', () => {
    expect(plain(heading(2, 'Plan'))).toBe('Plan\n====');
    expect(plain(heading(3, 'Next steps'))).toBe('Next steps\n----------');
    expect(plain(heading(2, 'Hi'))).toBe('Hi\n===');
    expect(plain(heading(3, 'Café 👩‍👩‍👧'))).toBe('Café 👩‍👩‍👧\n------');
    expect(html(heading(3, 'x'))).toBe(`<h3 style="${NOTE_LOOK.h3.css}">x</h3>`);
  });

  it('quotes every line of a blockquote, paragraphs included', () => {
    const quote: NoteNode = {
      type: 'blockquote',
      content: [line('one'), paragraph(text('two'), hardBreak, text('three'))],
    };
    expect(plain(quote)).toBe('> one\n> \n> two\n> three');
  });

  it('indents code blocks by four spaces', () => {
    expect(plain({ type: 'codeBlock', content: [text('a\nb')] })).toBe('    a\n    b');
  });

  it('separates top-level blocks by one blank line and skips empty paragraphs', () => {
    expect(plain(doc(line('a'), paragraph(), line('b'), { type: 'horizontalRule' }))).toBe('a\n\nb\n\n---');
  });
});
