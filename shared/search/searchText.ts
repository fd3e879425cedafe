/**
 * How search sees text: folded (lower case, diacritics removed, so "zoe" finds "Zoë") and cut
 * into terms. Both the index and the query go through the same functions, so they agree.
 *
 * Han, kana and Hangul have no spaces between words, and a word segmenter cuts the same
 * characters differently in different sentences. So runs of those scripts become overlapping
 * pairs of characters (and the single characters), as Lucene's CJK bigram filter does: any
 * substring typed in the query is then made of terms the text has.
 */

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string it came from. */
  origin: number[];
}

export interface TermAt {
  term: string;
  /** Where the term is in the folded text: [start, end). */
  start: number;
  end: number;
}

const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK = new RegExp(`[${CJK_CHARS}]`, 'u');
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

function foldCodePoint(char: string): string {
  // NFKD splits "ë" into "e" + a combining mark and "ﬁ" into "fi"; lower-casing "İ" gives "i" +
  // a mark, so marks go after both steps. NFC then puts Hangul syllables, which NFKD split
  // into letters that are not marks, back together.
  return char.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC');
}

/** Folds text and remembers where each folded unit came from (to highlight in the original). */
export function foldWithOrigin(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = foldCodePoint(char);
    text += folded;
    for (let i = 0; i < folded.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { text, origin };
}

export function fold(original: string): string {
  return foldWithOrigin(original).text;
}

function cjkTerms(run: string, offset: number, out: TermAt[]): void {
  // Code points, not graphemes: a CJK run holds no emoji or combining sequences (the regex).
  const chars = Array.from(run);
  let position = offset;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    out.push({ term: char, start: position, end: position + char.length });
    const next = chars[i + 1];
    if (next !== undefined) out.push({ term: char + next, start: position, end: position + char.length + next.length });
    position += char.length;
  }
}

function wordTerms(part: string, offset: number, out: TermAt[]): void {
  for (const { segment, index, isWordLike } of segmenter.segment(part)) {
    if (!isWordLike) continue;
    // "zoe's" is found by "zoe": the apostrophe ends the term.
    const term = segment.split(APOSTROPHES)[0] ?? segment;
    if (term !== '') out.push({ term, start: offset + index, end: offset + index + term.length });
  }
}

/**
 * The terms of already-folded text, with their places. CJK runs are found first, across any
 * word boundary a segmenter would put inside them ("部署问题" holds the pair "署问" too).
 */
export function termsOf(folded: string): TermAt[] {
  const out: TermAt[] = [];
  let last = 0;
  for (const run of folded.matchAll(CJK_RUN)) {
    wordTerms(folded.slice(last, run.index), last, out);
    cjkTerms(run[0], run.index, out);
    last = run.index + run[0].length;
  }
  wordTerms(folded.slice(last), last, out);
  return out;
}

/** The terms of any text, folded: what MiniSearch indexes and searches for. */
export function tokenize(original: string): string[] {
  return termsOf(fold(original)).map((t) => t.term);
}

export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}
