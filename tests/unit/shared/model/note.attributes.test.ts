import { describe, expect, it } from 'vitest';
import { NoteDocSchema } from '../../../../shared/model/note';
import { line, text } from '../../support/notes';
import { accepts, goodTaskAttrs, messagesOf, withMarks, withTaskAttrs } from './noteWorld';

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
