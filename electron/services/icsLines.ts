import { replaceControlChars } from '../../shared/text';

/**
 * RFC 5545 content lines: escaping of TEXT values (§3.3.11) and folding (§3.1). Written here
 * rather than taken from a package: the `ics` package joined CATEGORIES unescaped and folded
 * at 75 characters instead of 75 octets, and the maintained writer we tried (ical-generator
 * 11) left the calendar name unescaped and wrote X- properties after the components.
 * The grammar is small; tests check the output with ical.js and two Python parsers.
 */

const MAX_OCTETS = 75;

/**
 * A TEXT value: backslash, semicolon and comma escaped, every line break (U+2028/2029 too) as
 * `\n`. The other control characters go (the rule in shared/text.ts): C0 controls and DEL are
 * not TSAFE-CHAR; C1 ones would be allowed but are invisible. A tab is TSAFE-CHAR and stays.
 */
export function escapeText(value: string): string {
  const escaped = value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');
  return replaceControlChars(escaped, '', { tab: true });
}

/** A multi-valued TEXT property (CATEGORIES): each value escaped, then joined by commas. */
export function textList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

/**
 * Folds one logical line into physical lines of at most 75 octets of UTF-8, never inside a
 * character; each continuation starts with a space, which counts against its 75.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** `NAME;PARAM=value:value`, folded. Values are given already escaped for their type. */
export function contentLine(name: string, value: string, params: Readonly<Record<string, string>> = {}): string {
  const parameters = Object.entries(params)
    .map(([key, v]) => `;${key}=${v}`)
    .join('');
  return foldLine(`${name}${parameters}:${value}`);
}
