import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import type { View } from '../../store/uiSlice';
import { windowTitle } from './windowTitle';

/** The named part of the screen the focus is in: an element marked data-window-title (a retro's note section). */
function focusedPart(): string | null {
  const active = document.activeElement;
  return active?.closest('[data-window-title]')?.getAttribute('data-window-title') ?? null;
}

/** Keeps document.title naming the screen, and the note section being written in. */
export function useWindowTitle(view: View): void {
  const engagementId = view.kind === 'engagement' ? view.id : view.kind === 'retro' ? view.engagementId : null;
  const engagementName = useAppStore((s) => (engagementId ? (s.engagements[engagementId]?.name ?? null) : null));
  const retroDate = useAppStore((s) =>
    view.kind === 'retro'
      ? (s.dataOf('retro', view.engagementId)?.retros.find((r) => r.id === view.retroId)?.date ?? null)
      : null,
  );
  const [part, setPart] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setPart(focusedPart());
    update();
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
    };
  }, []);
  useEffect(() => {
    document.title = windowTitle(view, { engagementName, retroDate, focusedPart: part });
  }, [view, engagementName, retroDate, part]);
}
