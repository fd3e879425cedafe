import { fold } from './searchText';

export interface ParsedQuery {
  /** Everything typed outside quotes, as typed. */
  words: string[];
  /** Each quoted part, folded and with its spaces collapsed: the text must hold it as is. */
  phrases: string[];
}

const QUOTED = /"([^"]*)"/g;

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `deploy "feature flag"` is the word deploy and the phrase feature flag. A quote left open
 * while typing counts as a phrase up to the end, as it will be when it is closed.
 */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  let rest = query.replace(QUOTED, (_match, phrase: string) => {
    const folded = collapseSpaces(fold(phrase));
    if (folded !== '') phrases.push(folded);
    return ' ';
  });
  const open = rest.indexOf('"');
  if (open >= 0) {
    const folded = collapseSpaces(fold(rest.slice(open + 1)));
    if (folded !== '') phrases.push(folded);
    rest = rest.slice(0, open);
  }
  const words = rest.split(/\s+/).filter((word) => word !== '');
  return { words, phrases };
}
