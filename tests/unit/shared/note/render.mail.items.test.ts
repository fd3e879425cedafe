import { describe, expect, it } from 'vitest';
import { type NoteNode } from '../../../../shared/model/note';
import { link, paragraph, taskItem, taskList, text } from '../../support/notes';
import { A, DONE, html, META, P, plain, TASK, UL } from './renderMailWorld';

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
