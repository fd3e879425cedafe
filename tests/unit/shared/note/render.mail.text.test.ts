import { describe, expect, it } from 'vitest';
import { type NoteNode } from '../../../../shared/model/note';
import { NOTE_LOOK } from '../../../../shared/note/render';
import { bulletList, doc, hardBreak, heading, line, listItem, paragraph, text } from '../../support/notes';
import { html, LI, orderedList, P, plain } from './renderMailWorld';

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
