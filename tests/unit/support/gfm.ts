import { spawnSync } from 'node:child_process';
import { z } from 'zod';

/**
 * Renders Markdown with cmark-gfm (GitHub's CommonMark + GFM renderer, a Debian binary): an
 * independent reader of what our Markdown export says. Raw HTML comes out as a comment.
 */
export function cmarkGfm(markdown: string): string {
  const run = spawnSync(
    '/usr/bin/cmark-gfm',
    ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tasklist'],
    {
      input: markdown,
      encoding: 'utf8',
      timeout: 20_000,
    },
  );
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`cmark-gfm exited ${String(run.status)}: ${run.stderr}`);
  return run.stdout;
}

/** An HTML element or text, as Python's html.parser read it. */
export type HtmlNode = string | HtmlElement;
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

const HtmlNodeSchema: z.ZodType<HtmlNode> = z.union([
  z.string(),
  z.object({
    tag: z.string(),
    attrs: z.record(z.string(), z.string()),
    children: z.array(z.lazy(() => HtmlNodeSchema)),
  }),
]);

const PYTHON_TREE = String.raw`
import json, sys
from html.parser import HTMLParser

VOID = {"br", "hr", "img", "input", "meta", "link"}

class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "attrs": {}, "children": []}
        self.stack = [self.root]
    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": {k: v or "" for k, v in attrs}, "children": []}
        self.stack[-1]["children"].append(node)
        if tag not in VOID:
            self.stack.append(node)
    def handle_startendtag(self, tag, attrs):
        self.stack[-1]["children"].append({"tag": tag, "attrs": {k: v or "" for k, v in attrs}, "children": []})
    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i]["tag"] == tag:
                del self.stack[i:]
                return
    def handle_data(self, data):
        self.stack[-1]["children"].append(data)
    def handle_comment(self, data):
        self.stack[-1]["children"].append({"tag": "!--", "attrs": {}, "children": []})

tree = Tree()
tree.feed(sys.stdin.read())
tree.close()
json.dump(tree.root["children"], sys.stdout, ensure_ascii=False)
`;

/** Parses an HTML fragment with Python's html.parser (stdlib): entities decoded, comments kept as "!--". */
export function parseHtml(html: string): HtmlNode[] {
  const run = spawnSync('python3', ['-c', PYTHON_TREE], {
    input: html,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`python3 failed (${String(run.status)}): ${run.stderr}`);
  return z.array(HtmlNodeSchema).parse(JSON.parse(run.stdout));
}

export function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Every element named `tag`, in document order. */
export function findAll(nodes: HtmlNode[], tag: string): HtmlElement[] {
  return nodes.flatMap((n) =>
    typeof n === 'string' ? [] : [...(n.tag === tag ? [n] : []), ...findAll(n.children, tag)],
  );
}

/** The elements among `nodes`, text between them left out. */
export function elements(nodes: HtmlNode[]): HtmlElement[] {
  return nodes.filter((n): n is HtmlElement => typeof n !== 'string');
}

const BLOCK = 'p|h[1-6]|ul|ol|li|blockquote|pre|hr|br|table|tr|td|th|input';

/**
 * What a reader sees in an HTML fragment, as canonical HTML: the elements that carry meaning
 * (a link's address, a list's start, a box's tick) around the text, whitespace as a browser
 * shows it. It reads cmark-gfm's rendering of our Markdown and our own HTML of the same note
 * alike (a tight list's <p>, our underline and our action items' ☐ are spelled out the
 * other's way), so the two can be compared: the Markdown said what the note says.
 */
export function readerView(html: string): string {
  return parseHtml(html)
    .map((n) => view(n, undefined))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`\\s*(</?(?:${BLOCK})\\b[^>]*>)\\s*`, 'g'), '$1')
    .trim();
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const classes = (node: HtmlElement) => (node.attrs['class'] ?? '').split(/\s+/);

/** "a b" and "a%20b" are one address to a browser. */
function address(href: string): string {
  try {
    return encodeURI(decodeURI(href));
  } catch {
    return href;
  }
}

function view(node: HtmlNode, parent: HtmlElement | undefined): string {
  if (typeof node === 'string') {
    // An action item's box is a character in our HTML, an <input> in cmark-gfm's.
    const first = parent?.children[0] === node && classes(parent).includes('task');
    return esc(first ? node.replace(/^[☐☑] /, '') : node);
  }
  const inner = () => node.children.map((c) => view(c, node)).join('');
  switch (node.tag) {
    case '!--':
      return '<!--raw-->';
    case 'u':
    case 'span':
    case 'thead':
    case 'tbody':
      return inner();
    case 's':
    case 'del':
      // Our HTML strikes a done action item's text; Markdown has only the tick for it.
      return parent && classes(parent).includes('done') ? inner() : `<del>${inner()}</del>`;
    case 'p':
      return parent?.tag === 'li' ? ` ${inner()} ` : `<p>${inner()}</p>`;
    case 'li': {
      const box = classes(node).includes('task') ? `<input${classes(node).includes('done') ? ' checked' : ''}>` : '';
      return `<li>${box}${inner()}</li>`;
    }
    case 'input':
      return `<input${'checked' in node.attrs ? ' checked' : ''}>`;
    case 'a':
      return `<a href="${esc(address(node.attrs['href'] ?? ''))}">${inner()}</a>`;
    case 'img':
      return `<img src="${esc(node.attrs['src'] ?? '')}">`;
    case 'ol': {
      const start = node.attrs['start'];
      return `<ol${start && start !== '1' ? ` start="${start}"` : ''}>${inner()}</ol>`;
    }
    case 'pre':
      // Whitespace in a code block is shown as written: marked, so the collapsing leaves it.
      return `<pre>${esc(textOf(node).replace(/\n$/, '')).replace(/ /g, '·').replace(/\n/g, '⏎')}</pre>`;
    case 'br':
    case 'hr':
      return `<${node.tag}>`;
    default:
      return `<${node.tag}>${inner()}</${node.tag}>`;
  }
}
