const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: an emoji or "é" as one, so nothing is cut in half. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The one control-character rule. A control character is a C0 control (U+0000–U+001F), DEL
 * (U+007F), a C1 control (U+0080–U+009F, NEL included) or a line or paragraph separator
 * (U+2028, U+2029: not controls to Unicode, but line breaks to JavaScript, mail apps and
 * editors). None has a place in a name or a mail header: a line break there starts a new
 * header (header injection), the rest are invisible.
 *
 * Two of them are allowed where a text needs them, chosen per use:
 * - `tab`: where a tab is harmless and stored files may already hold one (planner texts,
 *   whose rule always allowed it; an .ics TEXT value, where a tab is a TSAFE-CHAR).
 * - `lineBreaks` (LF, CR, U+2028, U+2029): in multi-line texts (notes) only; every one of
 *   them is shown and exported as a line break.
 */
export interface ControlCharsAllowed {
  tab?: boolean;
  lineBreaks?: boolean;
}

function isControl(codePoint: number, allow: ControlCharsAllowed): boolean {
  if (codePoint === 0x09) return allow.tab !== true;
  if (codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x2028 || codePoint === 0x2029) {
    return allow.lineBreaks !== true;
  }
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** Whether `text` has a control character that `allow` does not allow. */
export function hasControlChars(text: string, allow: ControlCharsAllowed = {}): boolean {
  for (const char of text) if (isControl(char.codePointAt(0) ?? 0, allow)) return true;
  return false;
}

/** `text` with each control character that `allow` does not allow replaced by `replacement`. */
export function replaceControlChars(text: string, replacement: string, allow: ControlCharsAllowed = {}): string {
  let out = '';
  for (const char of text) out += isControl(char.codePointAt(0) ?? 0, allow) ? replacement : char;
  return out;
}
