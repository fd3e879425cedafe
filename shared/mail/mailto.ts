import { graphemes } from '../text';
import type { MailAddress } from './addresses';

/** Windows caps shell.openExternal at 2,081 characters; stay well under it. */
export const MAILTO_MAX_LENGTH = 1800;
export const MAILTO_CUT_NOTICE = '\n\n[…] The notes were cut to fit a mailto: link. Use “Open as draft” in Aux Desk for the full notes.';

export interface MailtoResult {
  url: string;
  truncated: boolean;
}

/** encodeURIComponent throws on half a surrogate pair (a broken emoji): show U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function build(to: MailAddress[], cc: MailAddress[], subject: string, body: string): string {
  const params = [`subject=${encodeURIComponent(wellFormed(subject))}`, `body=${encodeURIComponent(wellFormed(body))}`];
  if (cc.length) params.unshift(`cc=${cc.map((a) => encodeURIComponent(a.email)).join(',')}`);
  return `mailto:${to.map((a) => encodeURIComponent(a.email)).join(',')}?${params.join('&')}`;
}

/**
 * A mailto: link with the plain-text notes, at most `max` characters. When the notes do
 * not fit they are cut (never mid-character) and the body says so at the end.
 */
export function buildMailto(
  message: { to: MailAddress[]; cc: MailAddress[]; subject: string; text: string },
  max = MAILTO_MAX_LENGTH,
): MailtoResult {
  const full = build(message.to, message.cc, message.subject, message.text);
  if (full.length <= max) return { url: full, truncated: false };
  const chars = graphemes(message.text);
  let low = 0;
  let high = chars.length;
  // The longest prefix of the text that still fits with the notice.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const url = build(message.to, message.cc, message.subject, chars.slice(0, mid).join('') + MAILTO_CUT_NOTICE);
    if (url.length <= max) low = mid;
    else high = mid - 1;
  }
  const url = build(message.to, message.cc, message.subject, chars.slice(0, low).join('').trimEnd() + MAILTO_CUT_NOTICE);
  return { url: url.length <= max ? url : build(message.to, message.cc, message.subject, MAILTO_CUT_NOTICE.trim()), truncated: true };
}
