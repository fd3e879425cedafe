import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { rangesOf, showHighlight } from './highlightText';

/** How long an opened record may take to show its text (it loads, the editor mounts). */
const WAIT_MS = 3000;

function rootOf(section: string | null): Element | null {
  const main = document.getElementById('main');
  if (!main || section === null) return main;
  return main.querySelector(`[data-search-section="${CSS.escape(section)}"]`) ?? main;
}

/**
 * After a search result opened its record: highlights the matched words where the record
 * shows them and scrolls the first into view. Renders nothing; the highlight goes when the
 * user moves on (navigating clears the focus).
 */
export function SearchFocus() {
  const focus = useAppStore((s) => s.searchFocus);
  const view = useAppStore((s) => s.view);

  useEffect(() => {
    if (!focus) return;
    let clear: () => void = () => undefined;
    let done = false;
    const attempt = (): boolean => {
      const root = rootOf(focus.section);
      const ranges = root ? rangesOf(root, focus.texts) : [];
      const first = ranges[0];
      if (!first) return false;
      clear = showHighlight(ranges);
      first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      done = true;
      return true;
    };
    if (attempt()) return () => clear();
    const main = document.getElementById('main');
    const observer = new MutationObserver(() => {
      if (!done && attempt()) observer.disconnect();
    });
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      clear();
    };
  }, [focus, view]);

  return null;
}
