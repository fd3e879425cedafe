import { graphemes } from '../text';
import type { MailAddress } from './addresses';

/** Windows caps shell.openExternal at 2,081 characters; stay well under it. */
export const MAILTO_MAX_LENGTH = 1800;
export const MAILTO_CUT_NOTICE =
  '\n\n[…] The notes were cut to fit a mailto: link. Use “Open as draft” in Aux Desk for the full notes.';

export interface MailtoResult {
  url: string;
  truncated: boolean;
}

/** encodeURIComponent throws on half a surrogate pair (a broken emoji): show U+FFFD instead. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Percent-encodes one address or header value (RFC 6068): every line break as %0D%0A, as
 * §5 requires (mail lines end in CR LF); "@" left as it is, which the RFC allows and which
 * keeps addresses readable and leaves more room for the notes.
 */
function encode(value: string): string {
  return encodeURIComponent(wellFormed(value).replace(/\r\n|\r|\n/g, '\r\n')).replace(/%40/g, '@');
}

function build(to: MailAddress[], cc: MailAddress[], subject: string, body: string): string {
  const params = [`subject=${encode(subject)}`, `body=${encode(body)}`];
  if (cc.length) params.unshift(`cc=${cc.map((a) => encode(a.email)).join(',')}`);
  return `mailto:${to.map((a) => encode(a.email)).join(',')}?${params.join('&')}`;
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
  const url = build(
    message.to,
    message.cc,
    message.subject,
    chars.slice(0, low).join('').trimEnd() + MAILTO_CUT_NOTICE,
  );
  return {
    url: url.length <= max ? url : build(message.to, message.cc, message.subject, MAILTO_CUT_NOTICE.trim()),
    truncated: true,
  };
}
