import { useEffect, useRef, useState } from 'react';
import { startTimer, type PhaseTimer } from '../../../../shared/retro/timerPhases';
import { useAppStore } from '../../../store';
import { matches } from '../../keyboard/keys';
import { PRESENT_EVENT, takePendingPresent } from './presentRetro';
import { usePresenterMode, type PresenterTheme } from './usePresenterMode';

/**
 * A retro's presenter mode: on or off, its phase timer (started the first time, kept while
 * the retro is open, so leaving and coming back keeps the phases) and the forced theme.
 * Ctrl/Cmd+Shift+F presents; the bar's Esc leaves. `startRetro`, given while the retro has
 * not been started, runs as it is presented: presenting is the meeting starting, so the
 * header's countdown and the record say so, as the Start button would.
 */
export type Presenter = ReturnType<typeof usePresenter>;

export function usePresenter(retroId: string, startRetro?: () => void) {
  const phaseMinutes = useAppStore((s) => s.settings.retroPhaseMinutes);
  const [timer, setTimer] = useState<PhaseTimer | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [theme, setTheme] = useState<PresenterTheme>('app');
  const start = useRef(startRetro);
  useEffect(() => {
    start.current = startRetro;
  }, [startRetro]);
  usePresenterMode(presenting, theme);
  useEffect(() => {
    const present = () => {
      takePendingPresent(retroId);
      start.current?.();
      setTimer((t) => t ?? startTimer(phaseMinutes, Date.now()));
      setPresenting(true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (matches('retro.present', e)) {
        e.preventDefault();
        present();
      }
    };
    // Asked from another screen (presentRetro) before this page had loaded.
    if (takePendingPresent(retroId)) present();
    window.addEventListener('keydown', onKey);
    window.addEventListener(PRESENT_EVENT, present);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(PRESENT_EVENT, present);
    };
  }, [phaseMinutes, retroId]);
  return {
    presenting: presenting && timer !== null,
    timer,
    setTimer,
    theme,
    setTheme,
    present: () => window.dispatchEvent(new Event(PRESENT_EVENT)),
    leave: () => setPresenting(false),
  };
}
