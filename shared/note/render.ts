import { formatDisplayDate } from '../dates';
import { escapeHtml, styleAttr, type StyleRule, type Styling } from '../html';
import { SAFE_LINK_RE, type NoteNode } from '../model/note';
import { graphemes } from '../text';

/**
 * One walk over a note (tiptap JSON, validated against the allowlist in model/note) for every
 * place a note leaves the app as a string: HTML for mail (inline styles) and for the export page
 * (a stylesheet), plain text for mail. (Markdown is built as a syntax tree in markdown.ts, from
 * the same helpers, so that its serialiser can escape.) The walk decides what each node
 * means — heading level, list numbers, an action item's box, owner and due date, which links
 * are safe (https, http, mailto only) — and a format only spells it out. No DOM; HTML escapes
 * every text and attribute. (@tiptap/static-renderer has no release matching our tiptap.)
 */
export interface NoteRenderOptions {
  /** An action item's owner is an engagement person id: the name to print for it. */
  personName?: (id: string) => string | undefined;
  /** Added to every heading level (kept within 1–6), so the note's headings sit under the page's own. */
  headingShift?: number;
}

/** An owner whose id is no longer among the engagement's people. */
const FORMER_MEMBER = 'someone no longer in the engagement';

export function ownerName(id: string, personName: NoteRenderOptions['personName']): string {
  return personName?.(id) ?? FORMER_MEMBER;
}

/** What an action item says beside its text: ["Ada Lovelace", "due 12 Mar 2026"]. */
export function actionMeta(
  item: { owner?: unknown; due?: unknown },
  personName: NoteRenderOptions['personName'],
): string[] {
  const parts: string[] = [];
  if (typeof item.owner === 'string') parts.push(ownerName(item.owner, personName));
  if (typeof item.due === 'string') parts.push(`due ${formatDisplayDate(item.due)}`);
  return parts;
}

/**
 * The look of a note in HTML: inline in mail, as a stylesheet (scoped to the notes' container)
 * in the export page. Elements are picked out by name; action items by class.
 */
export const NOTE_LOOK = {
  p: { element: 'p', css: 'margin:0 0 8px;' },
  h1: { element: 'h1', css: 'margin:16px 0 8px;font-size:19px;font-weight:600;' },
  h2: { element: 'h2', css: 'margin:16px 0 8px;font-size:17px;font-weight:600;' },
  h3: { element: 'h3', css: 'margin:12px 0 6px;font-size:15px;font-weight:600;' },
  h4: { element: 'h4', css: 'margin:16px 0 8px;font-size:16px;font-weight:600;' },
  h5: { element: 'h5', css: 'margin:12px 0 6px;font-size:15px;font-weight:600;' },
  h6: { element: 'h6', css: 'margin:12px 0 6px;font-size:14px;font-weight:600;' },
  list: { element: 'ul,ol', css: 'margin:0 0 8px;padding-left:22px;' },
  li: { element: 'li', css: 'margin:0 0 4px;' },
  tasks: { className: 'tasks', css: '' },
  task: { className: 'task', css: 'margin:0 0 6px;list-style:none;' },
  done: { className: 'done', css: 'color:#5b5f66;' },
  meta: { className: 'meta', css: 'color:#5b5f66;font-size:13px;' },
  code: {
    element: 'code',
    css: 'font-family:Menlo,Consolas,monospace;font-size:13px;background:#f0efec;padding:1px 4px;border-radius:3px;',
  },
  pre: {
    element: 'pre',
    css: 'font-family:Menlo,Consolas,monospace;font-size:13px;background:#f0efec;padding:8px 10px;border-radius:4px;white-space:pre-wrap;margin:0 0 8px;',
  },
  preCode: { element: 'pre code', css: 'font:inherit;background:none;padding:0;' },
  blockquote: {
    element: 'blockquote',
    css: 'margin:0 0 8px;padding-left:12px;border-left:3px solid #dddbd5;color:#5b5f66;',
  },
  link: { element: 'a', css: 'color:#2f6b5f;' },
  hr: { element: 'hr', css: 'border:0;border-top:1px solid #dddbd5;margin:12px 0;' },
} satisfies Record<string, StyleRule>;
type NoteRole = keyof typeof NOTE_LOOK;

type Mark = NonNullable<NoteNode['marks']>[number];
/** A mark as the formats see it: a link only with a safe, trimmed address. */
type InlineMark = { type: Exclude<Mark['type'], 'link'> } | { type: 'link'; href: string };
export type Level = 1 | 2 | 3 | 4 | 5 | 6;

interface Task {
  checked: boolean;
  /** The item's own text (its first paragraph), rendered. */
  text: string;
  meta: string[];
  /** Blocks after the first paragraph, nested action items among them. */
  nested: string[];
}

/** How one output spells each kind of node; the walk hands it the parts, already rendered. */
interface Format {
  text(value: string, marks: InlineMark[]): string;
  hardBreak: string;
  paragraph(inline: string): string;
  heading(level: Level, inline: string): string;
  list(kind: 'bullet' | 'ordered' | 'task', start: number, items: string[]): string;
  item(blocks: string[]): string;
  task(task: Task): string;
  quote(blocks: string[]): string;
  code(text: string): string;
  rule: string;
  doc(blocks: string[]): string;
}

export function inlineMarks(node: NoteNode): InlineMark[] {
  return (node.marks ?? []).flatMap((mark): InlineMark[] => {
    if (mark.type !== 'link') return [{ type: mark.type }];
    const href = mark.attrs?.['href'];
    return typeof href === 'string' && SAFE_LINK_RE.test(href.trim()) ? [{ type: 'link', href: href.trim() }] : [];
  });
}

export function headingLevel(node: NoteNode, shift: number): Level {
  const level = node.attrs?.['level'];
  return Math.min(6, Math.max(1, (Number.isInteger(level) ? (level as number) : 2) + shift)) as Level;
}

export function listStart(node: NoteNode): number {
  const start = node.attrs?.['start'];
  return Number.isInteger(start) ? (start as number) : 1;
}

function render(node: NoteNode, format: Format, options: NoteRenderOptions): string {
  const each = (nodes: NoteNode[] | undefined) => (nodes ?? []).map((child) => render(child, format, options));
  const blocks = (nodes: NoteNode[] | undefined) => each(nodes).filter((block) => block !== '');
  switch (node.type) {
    case 'doc':
      return format.doc(blocks(node.content));
    case 'text':
      return format.text(node.text ?? '', inlineMarks(node));
    case 'hardBreak':
      return format.hardBreak;
    case 'paragraph': {
      const inline = each(node.content).join('');
      return inline === '' ? '' : format.paragraph(inline);
    }
    case 'heading':
      return format.heading(headingLevel(node, options.headingShift ?? 0), each(node.content).join(''));
    case 'bulletList':
      return format.list('bullet', 1, each(node.content));
    case 'orderedList':
      return format.list('ordered', listStart(node), each(node.content));
    case 'taskList':
      return format.list('task', 1, each(node.content));
    case 'listItem':
      return format.item(blocks(node.content));
    case 'taskItem': {
      // The first paragraph goes beside the box and the meta; nested content follows.
      const [first, ...rest] = node.content ?? [];
      const own = first?.type === 'paragraph' ? first : undefined;
      return format.task({
        checked: node.attrs?.['checked'] === true,
        text: each(own?.content).join(''),
        meta: actionMeta(node.attrs ?? {}, options.personName),
        nested: blocks(own ? rest : node.content),
      });
    }
    case 'blockquote':
      return format.quote(blocks(node.content));
    case 'codeBlock':
      return format.code((node.content ?? []).map((c) => c.text ?? '').join(''));
    case 'horizontalRule':
      return format.rule;
  }
}

/** Pads every line after the first to sit under the text after `marker`; blank lines stay blank. */
function indent(text: string, marker: string): string {
  const pad = ' '.repeat(marker.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? `${marker}${line}` : line === '' ? '' : `${pad}${line}`))
    .join('\n');
}

function html(styling: Styling): Format {
  const look = (...roles: NoteRole[]) => styleAttr(NOTE_LOOK, styling, roles);
  return {
    text: (value, marks) =>
      marks.reduce((inner, mark) => {
        switch (mark.type) {
          case 'bold':
            return `<strong>${inner}</strong>`;
          case 'italic':
            return `<em>${inner}</em>`;
          case 'strike':
            return `<s>${inner}</s>`;
          case 'underline':
            return `<u>${inner}</u>`;
          case 'code':
            return `<code${look('code')}>${inner}</code>`;
          case 'link':
            return `<a href="${escapeHtml(mark.href)}"${look('link')} rel="noopener noreferrer">${inner}</a>`;
        }
      }, escapeHtml(value)),
    hardBreak: '<br>',
    paragraph: (inline) => `<p${look('p')}>${inline}</p>`,
    heading: (level, inline) => `<h${level}${look(`h${level}`)}>${inline}</h${level}>`,
    list: (kind, start, items) =>
      kind === 'ordered'
        ? `<ol${start === 1 ? '' : ` start="${start}"`}${look('list')}>${items.join('')}</ol>`
        : `<ul${kind === 'task' ? look('list', 'tasks') : look('list')}>${items.join('')}</ul>`,
    item: (blocks) => `<li${look('li')}>${blocks.join('')}</li>`,
    task: ({ checked, text, meta, nested }) =>
      `<li${checked ? look('task', 'done') : look('task')}>${checked ? `&#9745; <s>${text}</s>` : `&#9744; ${text}`}` +
      `${meta.length ? ` <span${look('meta')}>(${escapeHtml(meta.join(', '))})</span>` : ''}${nested.join('')}</li>`,
    quote: (blocks) => `<blockquote${look('blockquote')}>${blocks.join('')}</blockquote>`,
    code: (text) => `<pre${look('pre')}><code${look('preCode')}>${escapeHtml(text)}</code></pre>`,
    rule: `<hr${look('hr')}>`,
    doc: (blocks) => blocks.join(''),
  };
}

/** Plain text that reads well on its own: *bold*, _italic_, links as "text <address>". */
const TEXT: Format = {
  text: (value, marks) =>
    marks.reduce((text, mark) => {
      switch (mark.type) {
        case 'bold':
          return `*${text}*`;
        case 'italic':
          return `_${text}_`;
        case 'strike':
          return `~${text}~`;
        case 'code':
          return `\`${text}\``;
        case 'underline':
          return text;
        case 'link':
          return mark.href === text.trim() ? text : `${text} <${mark.href}>`;
      }
    }, value),
  hardBreak: '\n',
  paragraph: (inline) => inline,
  heading: (level, inline) => `${inline}\n${(level >= 3 ? '-' : '=').repeat(Math.max(3, graphemes(inline).length))}`,
  list: (kind, start, items) =>
    items
      .map((item, i) => (kind === 'task' ? item : indent(item, kind === 'ordered' ? `${start + i}. ` : '- ')))
      .join('\n'),
  item: (blocks) => blocks.join('\n'),
  task: ({ checked, text, meta, nested }) =>
    indent([`${text}${meta.length ? ` (${meta.join(', ')})` : ''}`, ...nested].join('\n'), checked ? '[x] ' : '[ ] '),
  quote: (blocks) =>
    blocks
      .join('\n\n')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
  code: (text) =>
    text
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n'),
  rule: '---',
  doc: (blocks) => blocks.join('\n\n'),
};

/** The note as an HTML fragment, styled inline (mail) or for a stylesheet (export page). */
export function noteToHtml(doc: NoteNode, styling: Styling, options: NoteRenderOptions = {}): string {
  return render(doc, html(styling), options);
}

/** The note as plain text for the text part of a mail. */
export function noteToText(doc: NoteNode, options: NoteRenderOptions = {}): string {
  return render(doc, TEXT, options);
}
