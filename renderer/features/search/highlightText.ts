import { fold } from '../../../shared/search/searchText';

/** The name of the CSS highlight (`::highlight(search-match)` in app.css). */
export const SEARCH_HIGHLIGHT = 'search-match';

/**
 * Ranges over every place each text appears under `root`, in document order per text node, matched as search matches:
 * case and accents aside. Text nodes are matched one by one, so a match split by a mark
 * (bold inside a word) is not found; the words around it still are.
 */
export function rangesOf(root: Node, texts: readonly string[]): Range[] {
  const wanted = texts.map((text) => fold(text)).filter((text) => text !== '');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    const folded = fold(value);
    // Folding keeps lengths for the scripts we fold (accents drop, letters stay), so an index
    // in the folded text is the index in the node; where it does not, skip the node.
    if (folded.length !== value.length) continue;
    for (const text of wanted) {
      for (let at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + text.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/** Marks the ranges with the CSS highlight; returns the function that removes it. */
export function showHighlight(ranges: readonly Range[]): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => undefined;
  CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
  return () => CSS.highlights.delete(SEARCH_HIGHLIGHT);
}
