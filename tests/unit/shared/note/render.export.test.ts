import { describe, expect, it } from 'vitest';
import type { NoteNode } from '../../../../shared/model/note';
import { emptyNote } from '../../../../shared/model/note';
import { noteToMarkdown as toMarkdown } from '../../../../shared/note/markdown';
import { noteToHtml as toHtml, type NoteRenderOptions } from '../../../../shared/note/render';
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
} from '../../support/notes';

const people = { personName: (id: string) => ({ 'p-1': 'Ada Lovelace' })[id] };

/** The export: HTML for a page with a stylesheet, and Markdown; headings one level down unless told. */
const noteToHtml = (doc: NoteNode, options: NoteRenderOptions = {}, headingShift = 1) =>
  toHtml(doc, 'sheet', { ...options, headingShift });
const noteToMarkdown = (doc: NoteNode, options: NoteRenderOptions = {}) =>
  toMarkdown(doc, { headingShift: 1, ...options });

describe('noteToHtml', () => {
  it('renders an empty note as nothing', () => {
    expect(noteToHtml(emptyNote())).toBe('');
  });

  it('renders every node and mark the editor makes', () => {
    const html = noteToHtml(richDoc());
    expect(html).toContain('<h3>Week 3</h3>');
    expect(html).toContain('<em><strong>billing</strong></em>');
    expect(html).toContain('<a href="https://git.example.com/pr/42" rel="noopener noreferrer">the PR</a>');
    expect(html).toContain('<br>');
    expect(html).toContain('<u><a href="mailto:ada@example.com" rel="noopener noreferrer">Ada</a></u>');
    expect(html).toContain('<code>make deploy</code>');
    expect(html).toContain('<s>yet</s>');
    expect(html).toContain(
      '<ul><li><p>Outer</p><ul><li><p>Inner</p><ul><li><p>Innermost</p></li></ul></li></ul></li><li><p>Second</p></li></ul>',
    );
    expect(html).toContain('<ol start="3"><li><p>Third</p></li><li><p>Fourth</p></li></ol>');
    expect(html).toContain('<blockquote><p>Ship small, ship often.</p></blockquote>');
    expect(html).toContain('<pre><code>const answer = 42;\nconsole.log(answer);</code></pre>');
    expect(html).not.toMatch(/style=/);
    expect(html).toContain('<hr>');
  });

  it('renders action items with done state, owner name and due date', () => {
    const html = noteToHtml(
      doc(
        taskList(
          taskItem({ id: 'a', owner: 'p-1', due: '2026-03-12' }, 'Write the runbook'),
          taskItem({ id: 'b', checked: true, owner: 'p-gone' }, 'Old'),
        ),
      ),
      people,
    );
    // The item's text on the line of its box and meta (not a <p> between them); done ones struck through.
    expect(html).toBe(
      '<ul class="tasks">' +
        '<li class="task">&#9744; Write the runbook <span class="meta">(Ada Lovelace, due 12 Mar 2026)</span></li>' +
        '<li class="task done">&#9745; <s>Old</s> <span class="meta">(someone no longer in the engagement)</span></li>' +
        '</ul>',
    );
  });

  it('escapes text and attributes: markup in a note stays text', () => {
    const hostile = doc(
      paragraph(text('<script>alert(1)</script> & "quotes" \'single\'')),
      { type: 'codeBlock', content: [text('</code></pre><img src=x onerror=alert(1)>')] },
      paragraph(text('click', [link('https://example.com/?a="><script>')])),
    );
    const html = noteToHtml(hostile);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;');
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://example.com/?a=&quot;&gt;&lt;script&gt;"');
  });

  it('drops links that are not https, http or mailto, keeping their text', () => {
    const unsafe: NoteNode = doc(paragraph(text('run me', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])));
    expect(noteToHtml(unsafe)).toBe('<p>run me</p>');
  });

  it('shifts headings under the page’s own and never past h6', () => {
    expect(noteToHtml(doc(heading(2, 'A')), {}, 2)).toBe('<h4>A</h4>');
    expect(noteToHtml(doc(heading(3, 'B')), {}, 9)).toBe('<h6>B</h6>');
  });
});

describe('noteToMarkdown', () => {
  it('renders an empty note as nothing', () => {
    expect(noteToMarkdown(emptyNote())).toBe('');
  });

  it('renders paragraphs, headings, marks, links and breaks', () => {
    expect(noteToMarkdown(doc(...(richDoc().content ?? []).slice(0, 2)))).toBe(
      '### Week 3\n\n' +
        'Shipped the _**billing**_ fix; see [the PR](https://git.example.com/pr/42)\\\n' +
        'mail [Ada](mailto:ada@example.com) or run `make deploy` (not ~~yet~~)',
    );
  });

  it('renders nested bullet and numbered lists with indentation', () => {
    const note = doc(bulletList(listItem('Outer', bulletList(listItem('Inner'))), listItem('Second')), {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [listItem('Third'), listItem('Fourth')],
    });
    expect(noteToMarkdown(note)).toBe('- Outer\n  - Inner\n- Second\n\n3. Third\n4. Fourth');
  });

  it('renders action items as task-list items with owner and due date', () => {
    const note = doc(
      taskList(
        taskItem(
          { id: 'a', owner: 'p-1', due: '2026-03-12' },
          'Write the runbook',
          taskList(taskItem({ id: 'b', checked: true }, 'Outline')),
        ),
      ),
    );
    expect(noteToMarkdown(note, people)).toBe(
      '- [ ] Write the runbook (Ada Lovelace, due 12 Mar 2026)\n  - [x] Outline',
    );
  });

  it('renders quotes, code blocks (fenced past any backticks inside) and rules', () => {
    const note = doc(
      { type: 'blockquote', content: [line('One'), line('Two')] },
      { type: 'codeBlock', content: [text('a ``` b')] },
      { type: 'horizontalRule' },
    );
    expect(noteToMarkdown(note)).toBe('> One\n>\n> Two\n\n````\na ``` b\n````\n\n---');
  });

  // Text that Markdown would read as syntax: markdown.gfm.test.ts reads the export back with cmark-gfm.

  it('keeps code spans literal, with a longer fence around backticks', () => {
    expect(noteToMarkdown(doc(paragraph(text('a `tick` *b*', [{ type: 'code' }]))))).toBe('``a `tick` *b*``');
  });

  it('drops unsafe links and escapes what would end a link destination', () => {
    const note = doc(
      paragraph(text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      paragraph(text('odd', [link('https://example.com/a b>c')])),
    );
    expect(noteToMarkdown(note)).toBe('bad\n\n[odd](<https://example.com/a b\\>c>)');
  });

  it('renders a line break as a backslash break', () => {
    expect(noteToMarkdown(doc(paragraph(text('a'), hardBreak, text('b'))))).toBe('a\\\nb');
  });
});
