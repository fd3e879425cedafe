import { describe, expect, it } from 'vitest';
import {
  emptyNote,
  MAX_NOTE_BYTES,
  NOTE_MARK_TYPES,
  NOTE_NODE_TYPES,
  NoteDocSchema,
  NoteInputSchema,
} from '../../../../shared/model/note';
import { doc, hardBreak, line, nestedDoc, paragraph, richDoc, text } from '../../support/notes';
import { accepts, goodTaskAttrs, messagesOf, withMarks } from './noteWorld';

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
