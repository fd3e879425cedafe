import type { BlockContent, ListItem, PhrasingContent, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { NoteNode } from '../model/note';
import { actionMeta, headingLevel, inlineMarks, listStart, type NoteRenderOptions } from './render';

/**
 * A note as Markdown goes through a syntax tree (mdast), serialised by mdast-util-to-markdown
 * with its GFM extension: that serialiser knows every pattern CommonMark and GFM would read
 * as syntax ("1) ", "---" under a line, "&amp;", a closing " #", leading spaces, "!" before a
 * link, a line ending inside a table cell…) and escapes exactly those. Hand-escaping text
 * missed some of them and changed what a note said. The walk decides meaning the same way as
 * the HTML and text formats do (render.ts): heading level, list numbers, an action item's box
 * and meta, which links are safe.
 */

function phrasing(node: NoteNode): PhrasingContent[] {
  if (node.type === 'hardBreak') return [{ type: 'break' }];
  // Blocks inside a line (the schema does not forbid them): keep their words.
  if (node.type !== 'text') return inline(node.content);
  const value = node.text ?? '';
  // Code is the innermost node (it holds no marks); Markdown has no underline.
  const leaf: PhrasingContent = node.marks?.some((m) => m.type === 'code')
    ? { type: 'inlineCode', value }
    : { type: 'text', value };
  return [
    inlineMarks(node).reduce<PhrasingContent>((inner, mark) => {
      switch (mark.type) {
        case 'bold':
          return { type: 'strong', children: [inner] };
        case 'italic':
          return { type: 'emphasis', children: [inner] };
        case 'strike':
          return { type: 'delete', children: [inner] };
        case 'link':
          return { type: 'link', url: mark.href, children: [inner] };
        case 'code':
        case 'underline':
          return inner;
      }
    }, leaf),
  ];
}

function inline(nodes: NoteNode[] | undefined): PhrasingContent[] {
  return (nodes ?? []).flatMap(phrasing);
}

function listItem(node: NoteNode, options: NoteRenderOptions): ListItem {
  if (node.type === 'taskItem') {
    // The first paragraph goes beside the box, with the owner and due date; nested content follows.
    const [first, ...rest] = node.content ?? [];
    const own = first?.type === 'paragraph' ? first : undefined;
    const meta = actionMeta(node.attrs ?? {}, options.personName);
    const text: PhrasingContent[] = [
      ...inline(own?.content),
      ...(meta.length ? [{ type: 'text' as const, value: ` (${meta.join(', ')})` }] : []),
    ];
    return {
      type: 'listItem',
      checked: node.attrs?.['checked'] === true,
      spread: false,
      children: [{ type: 'paragraph', children: text }, ...blocks(own ? rest : node.content, options)],
    };
  }
  return {
    type: 'listItem',
    spread: false,
    children: node.type === 'listItem' ? blocks(node.content, options) : block(node, options),
  };
}

function block(node: NoteNode, options: NoteRenderOptions): BlockContent[] {
  switch (node.type) {
    case 'doc':
    case 'listItem':
    case 'taskItem':
      return blocks(node.content, options);
    case 'paragraph': {
      const children = inline(node.content);
      return children.length === 0 ? [] : [{ type: 'paragraph', children }];
    }
    case 'text':
    case 'hardBreak':
      return [{ type: 'paragraph', children: phrasing(node) }];
    case 'heading':
      return [
        { type: 'heading', depth: headingLevel(node, options.headingShift ?? 0), children: inline(node.content) },
      ];
    case 'bulletList':
    case 'taskList':
    case 'orderedList': {
      const ordered = node.type === 'orderedList';
      const items = (node.content ?? []).map((child) => listItem(child, options));
      return [
        { type: 'list', ordered, ...(ordered ? { start: listStart(node) } : {}), spread: false, children: items },
      ];
    }
    case 'blockquote':
      return [{ type: 'blockquote', children: blocks(node.content, options) }];
    case 'codeBlock':
      return [{ type: 'code', value: (node.content ?? []).map((c) => c.text ?? '').join('') }];
    case 'horizontalRule':
      return [{ type: 'thematicBreak' }];
  }
}

function blocks(nodes: NoteNode[] | undefined, options: NoteRenderOptions): BlockContent[] {
  return (nodes ?? []).flatMap((node) => block(node, options));
}

/** The note's blocks as mdast, to stand alone or inside a larger document (the export). */
export function noteToMdast(doc: NoteNode, options: NoteRenderOptions = {}): BlockContent[] {
  return block(doc, options);
}

/** Serialises a tree as CommonMark + GFM (tables, task lists, strikethrough). */
export function serializeMarkdown(root: Root): string {
  return toMarkdown(root, {
    bullet: '-',
    emphasis: '_',
    bulletOther: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  });
}

/** The note as Markdown (CommonMark with GFM task lists and strikethrough), no final newline. */
export function noteToMarkdown(doc: NoteNode, options: NoteRenderOptions = {}): string {
  const children = noteToMdast(doc, options);
  return children.length === 0 ? '' : serializeMarkdown({ type: 'root', children }).replace(/\n$/, '');
}
