import { describe, expect, it } from 'vitest';
import { escapeHtml, styleAttr, styleSheet, type StyleRule } from '../../../shared/html';

const LOOK = {
  cell: { element: 'th,td', css: 'padding:4px;' },
  num: { className: 'num', css: 'text-align:right;' },
  row: { element: 'tr', css: '' },
  flag: { className: 'flag', css: '' },
} satisfies Record<string, StyleRule>;

describe('styleAttr', () => {
  it('inline: the CSS of every role, in order, then the element’s own, and no class', () => {
    expect(styleAttr(LOOK, 'inline', ['cell', 'num'])).toBe(' style="padding:4px;text-align:right;"');
    expect(styleAttr(LOOK, 'inline', ['cell'], 'width:3px;')).toBe(' style="padding:4px;width:3px;"');
    expect(styleAttr(LOOK, 'inline', ['row', 'flag'])).toBe('');
  });

  it('sheet: only the classes the stylesheet needs, and the element’s own style', () => {
    expect(styleAttr(LOOK, 'sheet', ['cell'])).toBe('');
    expect(styleAttr(LOOK, 'sheet', ['cell', 'num', 'flag'])).toBe(' class="num flag"');
    expect(styleAttr(LOOK, 'sheet', ['num'], 'width:3px;')).toBe(' class="num" style="width:3px;"');
  });
});

describe('styleSheet', () => {
  it('writes one rule per role, each selector under the scope, and skips roles without CSS', () => {
    expect(styleSheet(LOOK)).toBe('th,td{padding:4px;}\n.num{text-align:right;}');
    expect(styleSheet(LOOK, '.note ')).toBe('.note th,.note td{padding:4px;}\n.note .num{text-align:right;}');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
