import { collapseSpaces } from './searchQuery';
import { foldWithOrigin, termsOf } from './searchText';

/** A piece of a record's text around the match; `highlights` are [start, end) in `text`. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

const BEFORE = 60;
const LENGTH = 200;

function originalEnd(original: string, originIndex: number): number {
  const code = original.codePointAt(originIndex) ?? 0;
  return originIndex + (code > 0xffff ? 2 : 1);
}

/** Where the matched terms and phrases are in the original text, merged and in order. */
export function matchRanges(
  original: string,
  terms: ReadonlySet<string>,
  phrases: readonly string[],
): [number, number][] {
  const { text, origin } = foldWithOrigin(original);
  const toOriginal = (start: number, end: number): [number, number] => [
    origin[start] ?? 0,
    originalEnd(original, origin[end - 1] ?? 0),
  ];
  const ranges: [number, number][] = [];
  for (const at of termsOf(text)) {
    if (terms.has(at.term)) ranges.push(toOriginal(at.start, at.end));
  }
  // The phrases were folded with their spaces collapsed: search a collapsed copy, mapped back.
  const spaced = phrases.length > 0 ? collapsedWithMap(text) : { text: '', map: [] };
  for (const phrase of phrases) {
    let from = spaced.text.indexOf(phrase);
    while (from >= 0) {
      const start = spaced.map[from] ?? 0;
      const end = (spaced.map[from + phrase.length - 1] ?? 0) + 1;
      ranges.push(toOriginal(start, end));
      from = spaced.text.indexOf(phrase, from + phrase.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function collapsedWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      if (inSpace || out === '') continue;
      inSpace = true;
      out += ' ';
    } else {
      inSpace = false;
      out += char;
    }
    map.push(i);
  }
  return { text: out, map };
}

/** The text around the first match, cut at spaces, with every match inside it highlighted. */
export function snippetOf(original: string, ranges: readonly [number, number][]): Snippet {
  const first = ranges[0];
  if (!first) {
    const text = collapseSpaces(original);
    return { text: text.length > LENGTH ? `${text.slice(0, LENGTH).trimEnd()}…` : text, highlights: [] };
  }
  let start = Math.max(0, first[0] - BEFORE);
  let end = Math.min(original.length, start + LENGTH);
  if (start > 0) {
    const space = original.indexOf(' ', start);
    if (space >= 0 && space < first[0]) start = space + 1;
  }
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < original.length ? '…' : '';
  const highlights: [number, number][] = [];
  for (const [from, to] of ranges) {
    if (from < start || to > end) continue;
    highlights.push([from - start + prefix.length, to - start + prefix.length]);
  }
  // Line breaks become spaces one for one, so the highlights keep their places.
  const body = original.slice(start, end).replace(/\s/g, ' ');
  return { text: prefix + body + suffix, highlights };
}
