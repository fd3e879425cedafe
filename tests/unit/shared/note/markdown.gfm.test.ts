import { describe, expect, it } from 'vitest';
import type { NoteNode } from '../../../../shared/model/note';
import { noteToMarkdown } from '../../../../shared/note/markdown';
import { noteToHtml } from '../../../../shared/note/render';
import { cmarkGfm, readerView } from '../../support/gfm';
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

/** What cmark-gfm makes of our Markdown, and what our own HTML of the note shows. */
function bothViews(note: NoteNode) {
  return {
    markdown: readerView(cmarkGfm(noteToMarkdown(note, people))),
    note: readerView(noteToHtml(note, 'sheet', people)),
  };
}

/**
 * Text that CommonMark or GFM would read as syntax, typed into a note. Each reads back from
 * the Markdown export as the same elements around the same text.
 */
const ORDINARY_TEXT: [string, NoteNode, string][] = [
  ['a number and a parenthesis starting a line', doc(line('1) Ship it')), '<p>1) Ship it</p>'],
  ['a paragraph that is three dashes', doc(line('Agenda'), line('---')), '<p>Agenda</p><p>---</p>'],
  ['three dashes after a hard break', doc(paragraph(text('Agenda'), hardBreak, text('---'))), '<p>Agenda<br>---</p>'],
  [
    'three equals signs after a hard break',
    doc(paragraph(text('Agenda'), hardBreak, text('==='))),
    '<p>Agenda<br>===</p>',
  ],
  [
    'entities',
    doc(line('Fish &amp; chips &copy; 2026 &#169;')),
    '<p>Fish &amp;amp; chips &amp;copy; 2026 &amp;#169;</p>',
  ],
  ['a heading ending in " #"', doc(heading(1, 'Ship it #')), '<h1>Ship it #</h1>'],
  ['four leading spaces', doc(line('    not code')), '<p>not code</p>'],
  [
    'a bang before a link',
    doc(paragraph(text('Look!'), text('the chart', [link('https://example.com/chart.png')]))),
    '<p>Look!<a href="https://example.com/chart.png">the chart</a></p>',
  ],
  // GFM would link these. (A bare e-mail address it links whatever the escaping: cmark-gfm
  // finds those after unescaping. The text still reads the same.)
  [
    'bare web addresses',
    doc(line('see www.example.com or https://example.com/x')),
    '<p>see www.example.com or https://example.com/x</p>',
  ],
  [
    'markup and emphasis characters',
    doc(line('*not bold* _nor this_ [link](x) <b>html</b> a|b ~~no~~ `no`')),
    '<p>*not bold* _nor this_ [link](x) &lt;b&gt;html&lt;/b&gt; a|b ~~no~~ `no`</p>',
  ],
  [
    'list and heading markers',
    doc(line('# not a heading'), line('- not a list'), line('+ nor'), line('1. nor this'), line('> nor a quote')),
    '<p># not a heading</p><p>- not a list</p><p>+ nor</p><p>1. nor this</p><p>&gt; nor a quote</p>',
  ],
  [
    'a task-box look-alike in a bullet',
    doc(bulletList(listItem('[ ] not a task'))),
    '<ul><li>[ ] not a task</li></ul>',
  ],
  ['backslashes', doc(line('C:\\temp\\ and \\*')), '<p>C:\\temp\\ and \\*</p>'],
];

describe('the Markdown export reads, in cmark-gfm, as the note was entered', () => {
  it.each(ORDINARY_TEXT)('%s', (_name, note, expected) => {
    const { markdown, note: entered } = bothViews(note);
    expect(markdown).toBe(expected);
    expect(markdown).toBe(entered);
  });

  it('keeps every node and mark the editor makes, action items and code included', () => {
    const note = doc(
      ...(richDoc().content ?? []),
      taskList(taskItem({ id: 'x', owner: 'p-1', due: '2026-03-12', checked: true }, '1) first #')),
      { type: 'codeBlock', content: [text('```\n    indented & <b>\n```')] },
      paragraph(text('odd', [link('https://example.com/a b>c(d)')])),
    );
    const { markdown, note: entered } = bothViews(note);
    expect(markdown).toBe(entered);
    expect(markdown).toContain('<pre>```⏎····indented·&amp;·&lt;b&gt;⏎```</pre>');
    expect(markdown).toContain('<li><input checked>1) first # (Ada Lovelace, due 12 Mar 2026)</li>');
  });
});
