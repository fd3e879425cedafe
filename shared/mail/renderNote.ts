import type { NoteNode } from '../model/note';
import { SAFE_LINK_RE } from '../model/note';
import { graphemes } from '../text';
import { escapeHtml } from './escape';

/** What a rendered note needs to know beyond the note: names for action-item owners. */
export interface RenderContext {
  ownerName: (personId: string) => string | null;
  formatDate: (isoDate: string) => string;
}

/** Inline styles only: mail clients drop <style> blocks and classes. */
export const MAIL_STYLES = {
  p: 'margin:0 0 8px;',
  h2: 'margin:16px 0 8px;font-size:17px;font-weight:600;',
  h3: 'margin:12px 0 6px;font-size:15px;font-weight:600;',
  list: 'margin:0 0 8px;padding-left:22px;',
  li: 'margin:0 0 4px;',
  task: 'margin:0 0 6px;list-style:none;',
  meta: 'color:#5b5f66;font-size:13px;',
  code: 'font-family:Menlo,Consolas,monospace;font-size:13px;background:#f0efec;padding:1px 4px;border-radius:3px;',
  pre: 'font-family:Menlo,Consolas,monospace;font-size:13px;background:#f0efec;padding:8px 10px;border-radius:4px;white-space:pre-wrap;margin:0 0 8px;',
  blockquote: 'margin:0 0 8px;padding-left:12px;border-left:3px solid #dddbd5;color:#5b5f66;',
  link: 'color:#2f6b5f;',
  hr: 'border:0;border-top:1px solid #dddbd5;margin:12px 0;',
} as const;

function attr(node: NoteNode, key: string): unknown {
  return node.attrs?.[key];
}

function taskMeta(node: NoteNode, ctx: RenderContext): string[] {
  const parts: string[] = [];
  const owner = attr(node, 'owner');
  const due = attr(node, 'due');
  if (typeof owner === 'string') parts.push(ctx.ownerName(owner) ?? 'someone no longer in the engagement');
  if (typeof due === 'string') parts.push(`due ${ctx.formatDate(due)}`);
  return parts;
}

function textWithMarksHtml(node: NoteNode): string {
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
        html = `<code style="${MAIL_STYLES.code}">${html}</code>`;
        break;
      case 'link': {
        const href = mark.attrs?.['href'];
        if (typeof href === 'string' && SAFE_LINK_RE.test(href.trim())) {
          html = `<a href="${escapeHtml(href.trim())}" style="${MAIL_STYLES.link}">${html}</a>`;
        }
        break;
      }
    }
  }
  return html;
}

/** A note as mail-safe HTML: every node and mark of the schema, escaped, inline-styled. */
export function noteToHtml(node: NoteNode, ctx: RenderContext): string {
  const inner = () => (node.content ?? []).map((child) => noteToHtml(child, ctx)).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return textWithMarksHtml(node);
    case 'paragraph':
      return `<p style="${MAIL_STYLES.p}">${inner()}</p>`;
    case 'heading':
      return attr(node, 'level') === 3 ? `<h3 style="${MAIL_STYLES.h3}">${inner()}</h3>` : `<h2 style="${MAIL_STYLES.h2}">${inner()}</h2>`;
    case 'bulletList':
      return `<ul style="${MAIL_STYLES.list}">${inner()}</ul>`;
    case 'orderedList': {
      const start = attr(node, 'start');
      const startAttr = typeof start === 'number' && start !== 1 ? ` start="${String(Math.trunc(start))}"` : '';
      return `<ol${startAttr} style="${MAIL_STYLES.list}">${inner()}</ol>`;
    }
    case 'listItem':
      return `<li style="${MAIL_STYLES.li}">${inner()}</li>`;
    case 'taskList':
      return `<ul style="${MAIL_STYLES.list}">${inner()}</ul>`;
    case 'taskItem': {
      const done = attr(node, 'checked') === true;
      const meta = taskMeta(node, ctx);
      const box = done ? '&#9745;' : '&#9744;';
      const metaHtml = meta.length ? ` <span style="${MAIL_STYLES.meta}">(${escapeHtml(meta.join(', '))})</span>` : '';
      // The first paragraph carries the box and the meta; nested content follows.
      const [first, ...rest] = node.content ?? [];
      const firstHtml = first ? (first.content ?? []).map((c) => noteToHtml(c, ctx)).join('') : '';
      const restHtml = rest.map((c) => noteToHtml(c, ctx)).join('');
      const text = done ? `<s>${firstHtml}</s>` : firstHtml;
      return `<li style="${MAIL_STYLES.task}">${box} ${text}${metaHtml}${restHtml}</li>`;
    }
    case 'hardBreak':
      return '<br>';
    case 'blockquote':
      return `<blockquote style="${MAIL_STYLES.blockquote}">${inner()}</blockquote>`;
    case 'codeBlock':
      return `<pre style="${MAIL_STYLES.pre}">${(node.content ?? []).map((c) => escapeHtml(c.text ?? '')).join('')}</pre>`;
    case 'horizontalRule':
      return `<hr style="${MAIL_STYLES.hr}">`;
  }
}

function markedText(node: NoteNode): string {
  let text = node.text ?? '';
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        text = `*${text}*`;
        break;
      case 'italic':
        text = `_${text}_`;
        break;
      case 'strike':
        text = `~${text}~`;
        break;
      case 'code':
        text = `\`${text}\``;
        break;
      case 'link': {
        const href = mark.attrs?.['href'];
        // Same allowlist as the HTML part: an unsafe address is dropped, not shown in the text.
        if (typeof href === 'string' && SAFE_LINK_RE.test(href.trim()) && href.trim() !== text.trim()) text = `${text} <${href.trim()}>`;
        break;
      }
      case 'underline':
        break;
    }
  }
  return text;
}

function inlineText(node: NoteNode): string {
  return (node.content ?? [])
    .map((c) => (c.type === 'text' ? markedText(c) : c.type === 'hardBreak' ? '\n' : inlineText(c)))
    .join('');
}

function indent(text: string, prefix: string): string {
  const pad = ' '.repeat(prefix.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? `${prefix}${line}` : line === '' ? '' : `${pad}${line}`))
    .join('\n');
}

/** A note as plain text that reads well on its own (lists, boxes, owners, links). */
export function noteToText(node: NoteNode, ctx: RenderContext): string {
  const blocks = (nodes: NoteNode[] | undefined) => (nodes ?? []).map((c) => noteToText(c, ctx)).filter((b) => b !== '');
  switch (node.type) {
    case 'doc':
      return blocks(node.content).join('\n\n');
    case 'text':
      return markedText(node);
    case 'hardBreak':
      return '\n';
    case 'paragraph':
      return inlineText(node);
    case 'heading': {
      const text = inlineText(node);
      return `${text}\n${(attr(node, 'level') === 3 ? '-' : '=').repeat(Math.max(3, graphemes(text).length))}`;
    }
    case 'bulletList':
      return (node.content ?? []).map((item) => indent(noteToText(item, ctx), '- ')).join('\n');
    case 'orderedList': {
      const start = typeof attr(node, 'start') === 'number' ? (attr(node, 'start') as number) : 1;
      return (node.content ?? []).map((item, i) => indent(noteToText(item, ctx), `${start + i}. `)).join('\n');
    }
    case 'taskList':
      return (node.content ?? []).map((item) => noteToText(item, ctx)).join('\n');
    case 'listItem':
      return blocks(node.content).join('\n');
    case 'taskItem': {
      const done = attr(node, 'checked') === true;
      const meta = taskMeta(node, ctx);
      const [first, ...rest] = blocks(node.content);
      const head = `${first ?? ''}${meta.length ? ` (${meta.join(', ')})` : ''}`;
      return indent([head, ...rest].join('\n'), done ? '[x] ' : '[ ] ');
    }
    case 'blockquote':
      return blocks(node.content)
        .join('\n\n')
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'codeBlock':
      return (node.content ?? []).map((c) => c.text ?? '').join('').split('\n').map((l) => `    ${l}`).join('\n');
    case 'horizontalRule':
      return '---';
  }
}
