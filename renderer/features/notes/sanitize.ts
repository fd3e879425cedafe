import DOMPurify, { type Config } from 'dompurify';
import { SAFE_LINK_RE } from '../../../shared/model/note';

/**
 * Pasted HTML is hostile: only text structure survives. No scripts, styles, event
 * handlers, frames or media (nothing that loads remote content), and links only to
 * https:, http: or mailto:. The editor's schema drops whatever else it does not know.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'b',
    'strong',
    'i',
    'em',
    's',
    'strike',
    'del',
    'u',
    'code',
    'pre',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'span',
    'div',
    'label',
    'input',
  ],
  ALLOWED_ATTR: ['href', 'data-type', 'data-checked', 'type', 'checked'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
};

let hooked = false;

export function sanitizePastedHtml(html: string): string {
  if (!hooked) {
    // Belt and braces: drop any href that is not a plain web or mail link.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_LINK_RE.test(href.trim())) node.removeAttribute('href');
      if (node.tagName === 'INPUT' && node.getAttribute('type') !== 'checkbox') node.remove();
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, CONFIG);
}
