import type { SearchHit } from './hits';

/** A snippet with its matches in <mark>: text nodes only, never HTML from the record. */
export function SnippetText({ snippet }: { snippet: SearchHit['snippet'] }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [from, to] of snippet.highlights) {
    if (from > at) parts.push({ text: snippet.text.slice(at, from), mark: false });
    parts.push({ text: snippet.text.slice(from, to), mark: true });
    at = to;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <span className="snippet">
      {parts.map((part, index) =>
        part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
