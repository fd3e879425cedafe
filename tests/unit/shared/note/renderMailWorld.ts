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
  taskItem,
  taskList,
  text,
  type Mark,
} from '../../support/notes';

/** Shared by the render.mail.*.test.ts files: the people, the mail's HTML and text renderers, the inline styles and one example per node and mark type. */

type NodeType = (typeof NOTE_NODE_TYPES)[number];
type MarkType = (typeof NOTE_MARK_TYPES)[number];

const PEOPLE: Record<string, string> = { 'p-1': 'Ada Lovelace', 'p-2': 'Grace <Hopper> & "Co"' };
const options: NoteRenderOptions = { personName: (id) => PEOPLE[id] };

/** Mail HTML (inline styles) and the mail's plain text. */
export const html = (node: NoteNode) => noteToHtml(node, 'inline', options);
export const plain = (node: NoteNode) => noteToText(node, options);

export const P = `<p style="${NOTE_LOOK.p.css}">`;
export const LI = `<li style="${NOTE_LOOK.li.css}">`;
export const TASK = `<li style="${NOTE_LOOK.task.css}">`;
export const DONE = `<li style="${NOTE_LOOK.task.css}${NOTE_LOOK.done.css}">`;
export const UL = `<ul style="${NOTE_LOOK.list.css}">`;
export const META = `<span style="${NOTE_LOOK.meta.css}">`;
export const A = (href: string) => `<a href="${href}" style="${NOTE_LOOK.link.css}" rel="noopener noreferrer">`;
export const PRE = `<pre style="${NOTE_LOOK.pre.css}"><code style="${NOTE_LOOK.preCode.css}">`;

export function orderedList(start: unknown, ...items: NoteNode[]): NoteNode {
  return { type: 'orderedList', attrs: { start, type: null }, content: items };
}

/**
 * One example per node type of the note schema. Typed as a Record over the schema's list,
 * so a node type added to the editor without a rendering here fails to compile.
 */
export const NODE_CASES: Record<NodeType, { node: NoteNode; html: string; text: string }> = {
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
export const MARK_CASES: Record<MarkType, { mark: Mark; html: string; text: string }> = {
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
