import { hasControlChars } from '../../shared/text';

/**
 * What a mailto: link may carry (RFC 6068): recipients, a subject and a body. Anything else
 * is refused, `bcc` (a hidden recipient) and `attach`/`attachment` (a local file some mail
 * apps attach without asking) above all.
 */
const MAILTO_FIELDS = new Set(['to', 'cc', 'subject', 'body']);

/**
 * The one policy for URLs handed to the operating system (shell.openExternal): web pages
 * over https, and mail drafts with only to/cc/subject/body. Returns the parsed URL, or null.
 */
export function safeExternalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // A user name in a link hides the real host: https://bank.example@evil.example/.
  if (url.protocol === 'https:') return url.hostname !== '' && url.username === '' && url.password === '' ? url : null;
  if (url.protocol === 'mailto:') return safeMailto(url) ? url : null;
  return null;
}

function safeMailto(url: URL): boolean {
  if (url.hash !== '') return false;
  let recipients: string;
  try {
    recipients = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  // A line break outside the body would start a new header in some mail apps: no control
  // characters there at all (the rule in shared/text.ts).
  if (hasControlChars(recipients)) return false;
  // Field names are matched as mail apps read them: case-insensitive, percent-decoded (%62cc is bcc).
  for (const [key, value] of new URLSearchParams(url.search)) {
    const field = key.toLowerCase();
    if (!MAILTO_FIELDS.has(field)) return false;
    if (field !== 'body' && hasControlChars(value)) return false;
  }
  return true;
}
