import { describe, expect, it } from 'vitest';
import { graphemes, hasControlChars, replaceControlChars } from '../../../shared/text';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i));
const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'];

describe('the control-character rule', () => {
  it('finds every C0 control, DEL, every C1 control and the line and paragraph separators', () => {
    for (const char of [...C0, '\u007f', ...C1, '\u2028', '\u2029']) {
      expect(hasControlChars(`a${char}b`), `U+${char.codePointAt(0)?.toString(16)}`).toBe(true);
    }
  });

  it('leaves ordinary text alone: letters, spaces, emoji, non-breaking space, RTL text', () => {
    for (const text of ['Ada Lovelace', 'Zoë 🎉👩‍💻', 'a\u00a0b', 'שלום', 'é (e + \u0301)', '~\u00a0\u00ff', '']) {
      expect(hasControlChars(text), text).toBe(false);
      expect(replaceControlChars(text, '?')).toBe(text);
    }
  });

  it('allows a tab only when asked', () => {
    expect(hasControlChars('a\tb')).toBe(true);
    expect(hasControlChars('a\tb', { tab: true })).toBe(false);
    expect(hasControlChars('a\tb', { lineBreaks: true })).toBe(true);
  });

  it('allows LF, CR and U+2028/2029 only when line breaks are asked for, and not NEL or VT', () => {
    for (const br of LINE_BREAKS) {
      expect(hasControlChars(`a${br}b`)).toBe(true);
      expect(hasControlChars(`a${br}b`, { lineBreaks: true })).toBe(false);
      expect(hasControlChars(`a${br}b`, { tab: true })).toBe(true);
    }
    expect(hasControlChars('a\u0085b', { tab: true, lineBreaks: true })).toBe(true);
    expect(hasControlChars('a\u000bb', { tab: true, lineBreaks: true })).toBe(true);
    expect(hasControlChars('a\u000cb', { tab: true, lineBreaks: true })).toBe(true);
  });

  it('replaces each character it does not allow, one for one, and keeps the allowed ones', () => {
    expect(replaceControlChars('a\u0000b\u0007\u0007c\u007fd\u009fe', '')).toBe('abcde');
    expect(replaceControlChars('a\tb\nc\u0001d', ' ')).toBe('a b c d');
    expect(replaceControlChars('a\tb\nc\u0001d', '', { tab: true })).toBe('a\tbcd');
    expect(replaceControlChars('a\tb\nc\u0001d', '', { lineBreaks: true })).toBe('ab\ncd');
  });

  it('reads astral characters whole (a surrogate pair is not two controls)', () => {
    expect(replaceControlChars('\u{1f600}\u0000\u{1f600}', '')).toBe('\u{1f600}\u{1f600}');
  });
});

describe('graphemes', () => {
  it('keeps an emoji sequence and a combining accent whole', () => {
    expect(graphemes('a👩‍💻e\u0301')).toEqual(['a', '👩‍💻', 'e\u0301']);
  });
});
