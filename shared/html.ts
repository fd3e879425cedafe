const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * CSS that breaks a word too long for its line (a pasted URL or token) instead of widening
 * the page. `overflow-wrap:anywhere` is the standard, and also lets tables shrink around such
 * a word; `word-break:break-word` does the same in mail clients that predate it. Inherited:
 * set once on the page's container.
 */
export const WRAP_LONG_WORDS = 'overflow-wrap:anywhere;word-break:break-word;';

/** One part of a look: its CSS, and what picks it out in a stylesheet (an element, or a class). */
export type StyleRule = { css: string; element: string } | { css: string; className: string };

/**
 * How generated HTML gets its look. `inline`: every element carries its CSS in a style
 * attribute (mail: clients such as Gmail drop <style> blocks and classes). `sheet`: one
 * <style> block made by styleSheet(), elements carrying only the classes it needs.
 */
export type Styling = 'inline' | 'sheet';

/**
 * The attribute text for an element playing `roles` of `look` (later roles win, in the
 * style attribute as in the stylesheet); `extraCss` is a style of this element alone.
 */
export function styleAttr<R extends string>(
  look: Record<R, StyleRule>,
  styling: Styling,
  roles: R[],
  extraCss = '',
): string {
  if (styling === 'inline') {
    const css = roles.map((role) => look[role].css).join('') + extraCss;
    return css === '' ? '' : ` style="${css}"`;
  }
  const classes = roles.flatMap((role) => {
    const rule = look[role];
    return 'className' in rule ? [rule.className] : [];
  });
  return `${classes.length ? ` class="${classes.join(' ')}"` : ''}${extraCss === '' ? '' : ` style="${extraCss}"`}`;
}

/** The stylesheet of a look, each selector under `scope` (e.g. ".note ") when given. */
export function styleSheet(look: Record<string, StyleRule>, scope = ''): string {
  return Object.values(look)
    .filter((rule) => rule.css !== '')
    .map((rule) => {
      const selectors = 'className' in rule ? [`.${rule.className}`] : rule.element.split(',');
      return `${selectors.map((s) => `${scope}${s}`).join(',')}{${rule.css}}`;
    })
    .join('\n');
}
