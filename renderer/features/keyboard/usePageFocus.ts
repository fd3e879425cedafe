import { useEffect, useRef } from 'react';
import type { View } from '../../store/uiSlice';

/** How long a screen may take to show its heading (it loads its data first). */
const WAIT_MS = 3000;

function visibleHeading(main: HTMLElement): HTMLHeadingElement | null {
  // A suspended screen keeps its old content hidden (display: none) until the new one shows.
  const heading = [...main.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0);
  return heading ?? null;
}

/**
 * After each navigation the focus moves to the new screen's heading (h1, focusable by script
 * only), so a keyboard or screen-reader user starts at the top of what they opened instead of
 * on <body>. Not when something else took the focus meanwhile (a field that focuses itself,
 * a dialog, a click): that was asked for. Not at start-up either: nothing was navigated.
 */
export function usePageFocus(view: View): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    // Still on <body> or outside the screen (the sidebar button that navigated): nothing took it.
    // A field that focused itself as the screen mounted (autoFocus) keeps it.
    const untouched = () => {
      const active = document.activeElement;
      return active === null || active === document.body || !main.contains(active);
    };
    const attempt = (): boolean => {
      const heading = visibleHeading(main);
      if (!heading) return false;
      if (untouched()) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
      return true;
    };
    if (attempt()) return;
    const observer = new MutationObserver(() => {
      if (attempt()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [view]);
}
