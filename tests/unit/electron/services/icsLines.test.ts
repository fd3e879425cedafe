import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, textList } from '../../../../electron/services/icsLines';

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

describe('RFC 5545 content lines', () => {
  it('folds at 75 octets wherever a 2-, 3- or 4-octet character falls, and unfolds to the same line', () => {
    for (const char of ['ß', '≥', '🚀']) {
      // Every offset, so that the 75th octet lands on each byte of the character in turn.
      for (let pad = 0; pad < 8; pad++) {
        const line = `DESCRIPTION:${'x'.repeat(pad)}${char.repeat(60)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        expect(physical.length).toBeGreaterThan(1);
        for (const [i, part] of physical.entries()) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
          // Never inside a character: each physical line is valid text on its own.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
        }
        // Full lines: a fold only where the next character would not fit.
        for (const part of physical.slice(0, -1))
          expect(Buffer.byteLength(part, 'utf8')).toBeGreaterThan(75 - Buffer.byteLength(char));
        expect(unfold(folded)).toBe(line);
      }
    }
  });

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(73)}≥`)).toBe(`${'x'.repeat(73)}\r\n ≥`);
  });

  it('escapes TEXT: backslash, semicolon, comma and every line break; drops control characters', () => {
    expect(escapeText('a\\b; c, d')).toBe('a\\\\b\\; c\\, d');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('bell\u0007 tab\t nul\u0000 del\u007f')).toBe('bell tab\t nul del');
    // U+2028/2029 are line breaks (the rule in shared/text.ts); C1 controls are invisible and go.
    expect(escapeText('one\u2028two\u2029three')).toBe('one\\ntwo\\nthree');
    expect(escapeText('nel\u0085 csi\u009b')).toBe('nel csi');
    // Already-escaped-looking text is text: its backslash is escaped again.
    expect(escapeText('\\n')).toBe('\\\\n');
  });

  it('joins a list of TEXT values with commas, each value’s own commas escaped', () => {
    expect(textList(['Aux Desk', 'Search, EU'])).toBe('Aux Desk,Search\\, EU');
    expect(contentLine('CATEGORIES', textList(['Aux Desk', 'Search, EU']))).toBe('CATEGORIES:Aux Desk,Search\\, EU');
  });

  it('writes parameters before the value', () => {
    expect(contentLine('DTSTART', '20260330T090000', { TZID: 'Europe/Berlin' })).toBe(
      'DTSTART;TZID=Europe/Berlin:20260330T090000',
    );
  });
});
