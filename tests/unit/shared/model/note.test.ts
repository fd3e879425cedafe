import { describe, expect, it } from 'vitest';
import {
  emptyNote,
  MAX_NOTE_BYTES,
  NOTE_MARK_TYPES,
  NOTE_NODE_TYPES,
  NoteDocSchema,
  NoteInputSchema,
} from '../../../../shared/model/note';
import { doc, hardBreak, line, link, nestedDoc, paragraph, richDoc, text } from '../../support/notes';

/** Parses without throwing and tells whether the document was accepted. */
function accepts(value: unknown): boolean {
  return NoteDocSchema.safeParse(value).success;
}

function messagesOf(value: unknown): string[] {
  const result = NoteDocSchema.safeParse(value);
  if (result.success) throw new Error('Expected the document to be refused');
  return result.error.issues.map((issue) => issue.message);
}

/** A doc with one paragraph holding one text node carrying the given marks. */
function withMarks(marks: unknown[]): unknown {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks }] }] };
}

function withLink(href: unknown): unknown {
  return withMarks([{ type: 'link', attrs: { href } }]);
}

/** A doc whose only block is a task list with one item carrying `attrs`. */
function withTaskAttrs(attrs: unknown): unknown {
  return {
    type: 'doc',
    content: [{ type: 'taskList', content: [{ type: 'taskItem', attrs, content: [line('Do it')] }] }],
  };
}

const goodTaskAttrs = { id: 'ai-1', checked: false, owner: 'Ada', due: '2026-03-12' };

describe('NoteDocSchema: what is allowed', () => {
  it('accepts the empty note', () => {
    expect(NoteDocSchema.parse(emptyNote())).toEqual(emptyNote());
  });

  it('accepts a note using every node and mark the editor makes, unchanged', () => {
    const rich = richDoc();
    expect(NoteDocSchema.parse(rich)).toEqual(rich);
  });

  it('accepts a doc without content and one with an empty content list', () => {
    expect(accepts({ type: 'doc' })).toBe(true);
    expect(accepts({ type: 'doc', content: [] })).toBe(true);
  });

  it.each(NOTE_MARK_TYPES.filter((t) => t !== 'link'))('accepts the %s mark', (type) => {
    expect(accepts(withMarks([{ type }]))).toBe(true);
  });

  it('lists exactly the nodes and marks of the editor', () => {
    expect([...NOTE_NODE_TYPES].sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'codeBlock',
        'doc',
        'hardBreak',
        'heading',
        'horizontalRule',
        'listItem',
        'orderedList',
        'paragraph',
        'taskItem',
        'taskList',
        'text',
      ].sort(),
    );
    expect([...NOTE_MARK_TYPES].sort()).toEqual(['bold', 'code', 'italic', 'link', 'strike', 'underline']);
  });
});

describe('NoteDocSchema: the root', () => {
  it.each(['paragraph', 'text', 'taskList', 'heading'])('refuses a %s as the root', (type) => {
    const root = type === 'text' ? { type, text: 'x' } : { type };
    expect(messagesOf(root)).toContain('A note must be a document.');
  });

  it.each([[null], [undefined], ['doc'], [42], [[]], ['<p>html</p>']])('refuses %j instead of a document', (value) => {
    expect(accepts(value)).toBe(false);
  });
});

describe('NoteDocSchema: node types', () => {
  it.each([
    'image',
    'iframe',
    'script',
    'style',
    'object',
    'embed',
    'video',
    'table',
    'mention',
    'Paragraph',
    'PARAGRAPH',
    '',
    'html',
  ])('refuses a %j node', (type) => {
    expect(accepts({ type: 'doc', content: [{ type, attrs: { src: 'https://evil.example/x.js' } }] })).toBe(false);
  });

  it('refuses an unknown node deep inside a task item', () => {
    const hostile: unknown = {
      type: 'doc',
      content: [
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: goodTaskAttrs,
              content: [line('ok'), { type: 'iframe', attrs: { src: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    expect(accepts(hostile)).toBe(false);
  });

  it('refuses a node without a type', () => {
    expect(accepts({ type: 'doc', content: [{ content: [] }] })).toBe(false);
  });
});

describe('NoteDocSchema: unknown keys', () => {
  it.each([
    ['on the doc', { type: 'doc', content: [], html: '<script>alert(1)</script>' }],
    ['on a paragraph', { type: 'doc', content: [{ type: 'paragraph', onclick: 'alert(1)' }] }],
    [
      'on a text node',
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', innerHTML: '<img>' }] }] },
    ],
    ['on a mark', withMarks([{ type: 'bold', onclick: 'alert(1)' }])],
    ['on a link mark', withMarks([{ type: 'link', attrs: { href: 'https://example.com' }, html: '<a>' }])],
  ])('refuses an unknown key %s', (_where, value) => {
    expect(accepts(value)).toBe(false);
  });
});

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

describe('NoteDocSchema: action items (task items)', () => {
  it('accepts an item with an id, a done flag, and an owner and due date or nulls', () => {
    expect(accepts(withTaskAttrs(goodTaskAttrs))).toBe(true);
    expect(accepts(withTaskAttrs({ id: 'A_b-9', checked: true, owner: null, due: null }))).toBe(true);
  });

  it.each([
    ['no attrs', undefined],
    ['empty attrs', {}],
    ['no id', { checked: false, owner: null, due: null }],
    ['no checked', { id: 'a', owner: null, due: null }],
    ['no owner (null is required, not absence)', { id: 'a', checked: false, due: null }],
    ['no due (null is required, not absence)', { id: 'a', checked: false, owner: null }],
    ['a string for checked', { ...goodTaskAttrs, checked: 'true' }],
    ['an id with a space', { ...goodTaskAttrs, id: 'a b' }],
    ['an id with a slash', { ...goodTaskAttrs, id: '../x' }],
    ['an empty id', { ...goodTaskAttrs, id: '' }],
    ['a 65-character id', { ...goodTaskAttrs, id: 'a'.repeat(65) }],
    ['a 65-character owner', { ...goodTaskAttrs, owner: 'o'.repeat(65) }],
    ['a numeric owner', { ...goodTaskAttrs, owner: 7 }],
    ['an impossible due date', { ...goodTaskAttrs, due: '2026-02-30' }],
    ['a due date with a time', { ...goodTaskAttrs, due: '2026-03-12T10:00:00Z' }],
  ])('refuses an item with %s', (_what, attrs) => {
    expect(messagesOf(withTaskAttrs(attrs))).toContain(
      'An action item needs an id, a done flag, an owner and a due date (or none).',
    );
  });

  it('accepts a 64-character id and owner', () => {
    expect(accepts(withTaskAttrs({ ...goodTaskAttrs, id: 'a'.repeat(64), owner: 'o'.repeat(64) }))).toBe(true);
  });

  it('refuses a nested item with bad attrs under a good one', () => {
    const nestedBad: unknown = {
      type: 'doc',
      content: [
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: goodTaskAttrs,
              content: [
                line('Parent'),
                { type: 'taskList', content: [{ type: 'taskItem', attrs: { id: 'child' }, content: [line('Child')] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(accepts(nestedBad)).toBe(false);
  });
});

describe('NoteDocSchema: attributes per node and mark (issue 12)', () => {
  const block = (node: unknown) => ({ type: 'doc', content: [node] });

  it.each([
    [
      'a heading of each level',
      [1, 2, 3, 4, 5, 6].map((level) => ({ type: 'heading', attrs: { level }, content: [text('x')] })),
    ],
    [
      'ordered lists as typed and as pasted',
      [
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [] },
        { type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [] },
        { type: 'orderedList', content: [] },
      ],
    ],
    [
      'code blocks with and without a language',
      [
        { type: 'codeBlock', attrs: { language: null } },
        { type: 'codeBlock', attrs: { language: 'ts' } },
        { type: 'codeBlock' },
      ],
    ],
    [
      'attribute-less nodes with an empty attrs object',
      [
        { type: 'paragraph', attrs: {} },
        { type: 'blockquote', attrs: {}, content: [line('q')] },
      ],
    ],
  ])('accepts %s', (_what, nodes) => {
    for (const node of nodes) expect(accepts(block(node))).toBe(true);
  });

  it('accepts a link with every attribute the editor writes, and with its href alone', () => {
    expect(
      accepts(
        withMarks([
          {
            type: 'link',
            attrs: {
              href: 'https://example.com',
              target: null,
              rel: 'noopener noreferrer nofollow',
              class: null,
              title: null,
            },
          },
        ]),
      ),
    ).toBe(true);
    expect(accepts(withMarks([{ type: 'link', attrs: { href: 'https://example.com' } }]))).toBe(true);
  });

  it.each([
    ['a heading level 0', { type: 'heading', attrs: { level: 0 } }, 'A heading needs a level from 1 to 6.'],
    ['a fractional heading level', { type: 'heading', attrs: { level: 2.5 } }, 'A heading needs a level from 1 to 6.'],
    ['a heading without a level', { type: 'heading', attrs: {} }, 'A heading needs a level from 1 to 6.'],
    [
      'a heading with a style',
      { type: 'heading', attrs: { level: 2, style: 'x' } },
      'A heading needs a level from 1 to 6.',
    ],
    [
      'a list starting at 1.5',
      { type: 'orderedList', attrs: { start: 1.5 } },
      'A numbered list starts at a whole number.',
    ],
    [
      'a numeric code language',
      { type: 'codeBlock', attrs: { language: 7 } },
      'A code block’s language must be a short name.',
    ],
    [
      'a 101-character code language',
      { type: 'codeBlock', attrs: { language: 'x'.repeat(101) } },
      'A code block’s language must be a short name.',
    ],
    ['a class on a paragraph', { type: 'paragraph', attrs: { class: 'x' } }, 'A paragraph takes no attributes.'],
    ['an id on a rule', { type: 'horizontalRule', attrs: { id: 'x' } }, 'A rule takes no attributes.'],
    [
      'an extra key on an action item',
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { ...goodTaskAttrs, color: 'red' }, content: [line('x')] }],
      },
      'An action item needs an id, a done flag, an owner and a due date (or none).',
    ],
  ])('refuses %s, saying what is wrong', (_what, node, message) => {
    expect(messagesOf(block(node))).toContain(message);
  });

  it.each([
    ['an object', { nested: { a: 1 } }],
    ['a list', [1, 2]],
    ['a BigInt', 1n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['NaN', Number.NaN],
  ])('refuses %s as an attribute value, without throwing', (_what, value) => {
    let result: ReturnType<typeof NoteDocSchema.safeParse> | undefined;
    expect(() => {
      result = NoteDocSchema.safeParse(block({ type: 'heading', attrs: { level: value }, content: [text('x')] }));
    }).not.toThrow();
    expect(result?.success).toBe(false);
  });

  it.each([
    ['a title on bold', [{ type: 'bold', attrs: { title: 'x' } }], 'Bold text takes no attributes.'],
    [
      'an onclick on a link',
      [{ type: 'link', attrs: { href: 'https://example.com', onclick: 'alert(1)' } }],
      'Links must be https:, http: or mailto: addresses.',
    ],
    [
      'a numeric link title',
      [{ type: 'link', attrs: { href: 'https://example.com', title: 3 } }],
      'Links must be https:, http: or mailto: addresses.',
    ],
  ])('refuses %s', (_what, marks, message) => {
    expect(messagesOf(withMarks(marks))).toContain(message);
  });
});

describe('NoteInputSchema: what the renderer may send', () => {
  const acceptsInput = (value: unknown) => NoteInputSchema.safeParse(value).success;
  const inputMessagesOf = (value: unknown) =>
    NoteInputSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it('accepts a note of 1 MB of JSON and refuses one byte more, saying how big it is', () => {
    /** Ten 99,000-character paragraphs and a last one grown until the JSON is exactly `bytes` long. */
    const sized = (bytes: number) => {
      const last = text('y');
      const note = doc(...Array.from({ length: 10 }, () => line('x'.repeat(99_000))), paragraph(last));
      last.text = 'y'.repeat(1 + bytes - JSON.stringify(note).length);
      return note;
    };
    const limit = sized(MAX_NOTE_BYTES);
    expect(JSON.stringify(limit).length).toBe(MAX_NOTE_BYTES);
    expect(acceptsInput(limit)).toBe(true);
    const over = sized(MAX_NOTE_BYTES + 1);
    expect(JSON.stringify(over).length).toBe(MAX_NOTE_BYTES + 1);
    // A file written before the bound still loads: only what comes in is bounded.
    expect(accepts(over)).toBe(true);
    expect(inputMessagesOf(over)).toContain(
      'This note is too long to save (1.0 MB; at most 1 MB): split it, or move long pasted text to a linked document.',
    );
  });

  it('counts UTF-8 bytes: a character of another script counts 2 or 3, an emoji 4', () => {
    // 250,000 emoji are 1,000,000 bytes of text alone (500,000 UTF-16 units).
    expect(acceptsInput(doc(...Array.from({ length: 5 }, () => line('🎉'.repeat(49_000)))))).toBe(true);
    expect(acceptsInput(doc(...Array.from({ length: 6 }, () => line('🎉'.repeat(45_000)))))).toBe(false);
    expect(acceptsInput(doc(...Array.from({ length: 4 }, () => line('é'.repeat(99_000)))))).toBe(true);
    expect(acceptsInput(doc(...Array.from({ length: 6 }, () => line('é'.repeat(99_000)))))).toBe(false);
  });
});

describe('NoteDocSchema: text nodes', () => {
  it('refuses an empty text node', () => {
    expect(messagesOf(doc(paragraph({ type: 'text', text: '' })))).toContain('Text nodes need text.');
  });

  it('refuses a text node without text', () => {
    expect(messagesOf(doc(paragraph({ type: 'text' })))).toContain('Text nodes need text.');
  });

  it('accepts whitespace-only and unicode text', () => {
    expect(accepts(doc(paragraph(text(' '), hardBreak, text('Zoë Ångström 東京 🎉'))))).toBe(true);
  });

  it('refuses text that is not a string', () => {
    expect(accepts({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 42 }] }] })).toBe(
      false,
    );
  });
});

describe('NoteDocSchema: bounds', () => {
  it('accepts a note nested exactly 24 levels deep', () => {
    expect(accepts(nestedDoc(24))).toBe(true);
  });

  it('refuses a note nested 25 levels deep', () => {
    expect(messagesOf(nestedDoc(25))).toContain('The note is nested too deeply.');
  });

  it.each([1_000, 100_000])('refuses a note nested %i levels deep without overflowing the stack', (levels) => {
    const hostile = nestedDoc(levels);
    let result: ReturnType<typeof NoteDocSchema.safeParse> | undefined;
    expect(() => {
      result = NoteDocSchema.safeParse(hostile);
    }).not.toThrow();
    expect(result?.success).toBe(false);
  });

  it('accepts 20,000 children of one node and refuses 20,001', () => {
    const children = Array.from({ length: 20_001 }, () => ({ type: 'hardBreak' as const }));
    expect(accepts(doc(paragraph(text('x'), ...children.slice(0, 19_999))))).toBe(true);
    expect(accepts(doc(paragraph(...children)))).toBe(false);
  });

  it('accepts a 100,000-character text node and refuses 100,001', () => {
    expect(accepts(doc(line('x'.repeat(100_000))))).toBe(true);
    expect(accepts(doc(line('x'.repeat(100_001))))).toBe(false);
  });
});

describe('emptyNote', () => {
  it('is a doc with one empty paragraph', () => {
    expect(emptyNote()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('returns a fresh document each time', () => {
    const first = emptyNote();
    first.content?.push(line('changed'));
    expect(emptyNote()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
