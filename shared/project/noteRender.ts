import { formatDisplayDate } from '../dates';
import { SAFE_LINK_RE, TaskItemAttrsSchema, type NoteNode } from '../model/note';

/**
 * Renders a note (tiptap JSON, already validated against the allowlist) to HTML or to
 * Markdown for exports, without a DOM. Every text and attribute is escaped; links are
 * kept only for https/http/mailto. (@tiptap/static-renderer has no release matching our
 * tiptap version, and this is all an export needs.)
 */
export interface RenderOptions {
  /** An action item's owner is a person id: this gives the name to print. */
  personName?: (id: string) => string | undefined;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

type Mark = NonNullable<NoteNode['marks']>[number];

function safeHref(mark: Mark): string | null {
  const href = mark.attrs?.['href'];
  return typeof href === 'string' && SAFE_LINK_RE.test(href.trim()) ? href.trim() : null;
}

function taskMeta(node: NoteNode, options: RenderOptions): { checked: boolean; meta: string } {
  const attrs = TaskItemAttrsSchema.safeParse(node.attrs);
  if (!attrs.success) return { checked: false, meta: '' };
  const parts: string[] = [];
  if (attrs.data.owner) parts.push(options.personName?.(attrs.data.owner) ?? 'former member');
  if (attrs.data.due) parts.push(`due ${formatDisplayDate(attrs.data.due)}`);
  return { checked: attrs.data.checked, meta: parts.join(', ') };
}

function headingLevel(node: NoteNode, shift: number): number {
  const level = typeof node.attrs?.['level'] === 'number' ? node.attrs['level'] : 2;
  return Math.min(6, Math.max(1, level + shift));
}

// ---------------------------------------------------------------- HTML

function inlineHtml(node: NoteNode): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return (node.content ?? []).map(inlineHtml).join('');
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        html = `<strong>${html}</strong>`;
        break;
      case 'italic':
        html = `<em>${html}</em>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'link': {
        const href = safeHref(mark);
        if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
        break;
      }
    }
  }
  return html;
}

function blockHtml(node: NoteNode, options: RenderOptions, shift: number): string {
  const children = () => (node.content ?? []).map((c) => blockHtml(c, options, shift)).join('');
  switch (node.type) {
    case 'doc':
      return children();
    case 'paragraph': {
      const inner = (node.content ?? []).map(inlineHtml).join('');
      return inner === '' ? '' : `<p>${inner}</p>`;
    }
    case 'heading': {
      const level = headingLevel(node, shift);
      return `<h${level}>${(node.content ?? []).map(inlineHtml).join('')}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${children()}</ul>`;
    case 'orderedList': {
      const start = node.attrs?.['start'];
      return typeof start === 'number' && Number.isInteger(start) && start !== 1 ? `<ol start="${start}">${children()}</ol>` : `<ol>${children()}</ol>`;
    }
    case 'listItem':
      return `<li>${children()}</li>`;
    case 'taskList':
      return `<ul class="tasks">${children()}</ul>`;
    case 'taskItem': {
      const { checked, meta } = taskMeta(node, options);
      const box = checked ? '☑' : '☐';
      const metaHtml = meta ? ` <span class="meta">(${escapeHtml(meta)})</span>` : '';
      return `<li class="${checked ? 'task done' : 'task'}"><span class="box" aria-hidden="true">${box}</span> ${children()}${metaHtml}</li>`;
    }
    case 'blockquote':
      return `<blockquote>${children()}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml((node.content ?? []).map((c) => c.text ?? '').join(''))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'text':
    case 'hardBreak':
      return inlineHtml(node);
  }
}

/** The note as an HTML fragment; headings shifted down by `headingShift` to sit under the page's own. */
export function noteToHtml(doc: NoteNode, options: RenderOptions = {}, headingShift = 1): string {
  return blockHtml(doc, options, headingShift);
}

// ---------------------------------------------------------------- Markdown

/** Backslash-escapes what Markdown would read as syntax. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/([#+\-.])/, '\\$1')}`);
}

function codeSpan(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function inlineMarkdown(node: NoteNode): string {
  if (node.type === 'hardBreak') return '\\\n';
  if (node.type !== 'text') return (node.content ?? []).map(inlineMarkdown).join('');
  const marks = node.marks ?? [];
  const raw = node.text ?? '';
  let md = marks.some((m) => m.type === 'code') ? codeSpan(raw) : escapeMarkdown(raw);
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        md = `**${md}**`;
        break;
      case 'italic':
        md = `*${md}*`;
        break;
      case 'strike':
        md = `~~${md}~~`;
        break;
      case 'code':
      case 'underline':
        break;
      case 'link': {
        const href = safeHref(mark);
        // <…> destinations may hold spaces and parentheses; < > and line breaks are encoded.
        if (href) md = `[${md}](<${href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>)`;
        break;
      }
    }
  }
  return md;
}

function indent(text: string, prefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? '' : prefix) + line)
    .join('\n');
}

function blocksMarkdown(nodes: NoteNode[], options: RenderOptions, shift: number): string {
  return nodes
    .map((n) => blockMarkdown(n, options, shift))
    .filter((s) => s !== '')
    .join('\n\n');
}

function listMarkdown(node: NoteNode, options: RenderOptions, shift: number, marker: (i: number) => string): string {
  return (node.content ?? [])
    .map((item, i) => {
      const body = blockMarkdown(item, options, shift);
      const bullet = marker(i);
      return indent(body, ' '.repeat(bullet.length), bullet);
    })
    .join('\n');
}

function blockMarkdown(node: NoteNode, options: RenderOptions, shift: number): string {
  switch (node.type) {
    case 'doc':
      return blocksMarkdown(node.content ?? [], options, shift);
    case 'paragraph':
      return (node.content ?? []).map(inlineMarkdown).join('');
    case 'heading':
      return `${'#'.repeat(headingLevel(node, shift))} ${(node.content ?? []).map(inlineMarkdown).join('')}`;
    case 'bulletList':
      return listMarkdown(node, options, shift, () => '- ');
    case 'orderedList': {
      const start = typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : 1;
      return listMarkdown(node, options, shift, (i) => `${start + i}. `);
    }
    case 'taskList':
      return listMarkdown(node, options, shift, () => '- ');
    case 'listItem':
      return blocksMarkdown(node.content ?? [], options, shift).replace(/\n\n/g, '\n');
    case 'taskItem': {
      const { checked, meta } = taskMeta(node, options);
      const body = blocksMarkdown(node.content ?? [], options, shift).replace(/\n\n/g, '\n');
      const [firstLine = '', ...rest] = body.split('\n');
      const withMeta = meta ? `${firstLine} (${escapeMarkdown(meta)})` : firstLine;
      return [`[${checked ? 'x' : ' '}] ${withMeta}`, ...rest].join('\n');
    }
    case 'blockquote':
      return indent(blocksMarkdown(node.content ?? [], options, shift), '> ').replace(/^$/gm, '>');
    case 'codeBlock': {
      const code = (node.content ?? []).map((c) => c.text ?? '').join('');
      const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'text':
    case 'hardBreak':
      return inlineMarkdown(node);
  }
}

/** The note as Markdown (CommonMark with task lists); headings shifted down by `headingShift`. */
export function noteToMarkdown(doc: NoteNode, options: RenderOptions = {}, headingShift = 1): string {
  return blockMarkdown(doc, options, headingShift);
}
