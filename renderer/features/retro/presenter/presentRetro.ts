import { useAppStore } from '../../../store';
import { openThisWeeksRetro } from '../thisWeeksRetro';

/** The event the retro on screen presents itself on (usePresenter). */
export const PRESENT_EVENT = 'aux-desk:present-retro';

/**
 * The retro to present once its page is on screen. Its page loads after the navigation, so an
 * event sent at once would reach no one: the page takes this when it mounts instead.
 */
let pendingRetroId: string | null = null;

/** Whether this retro was asked to present itself as it opened (asked once, taken once). */
export function takePendingPresent(retroId: string): boolean {
  if (pendingRetroId !== retroId) return false;
  pendingRetroId = null;
  return true;
}

/**
 * Ctrl/Cmd+Shift+F, Go › Present Retro, the palette: the retro on screen presents itself;
 * from anywhere else this week's retro opens (or starts) first, then presents.
 */
export async function presentRetro(today: string): Promise<void> {
  const store = useAppStore.getState;
  if (store().view.kind === 'retro') {
    window.dispatchEvent(new Event(PRESENT_EVENT));
    return;
  }
  await openThisWeeksRetro(today);
  const view = store().view;
  if (view.kind === 'retro') {
    pendingRetroId = view.retroId;
    // Already mounted (it was loaded): it hears the event now.
    window.dispatchEvent(new Event(PRESENT_EVENT));
  } else if (view.kind === 'engagement') {
    store().pushToast({
      tone: 'info',
      message: 'Nothing to present yet: start this week’s retro from Retros, then present it.',
    });
  }
}
