import { useEffect, useState } from 'react';
import { startTimer, type PhaseTimer } from '../../../../shared/retro/timerPhases';
import { useAppStore } from '../../../store';
import { matches } from '../../keyboard/keys';
import { usePresenterMode, type PresenterTheme } from './usePresenterMode';

/**
 * A retro's presenter mode: on or off, its phase timer (started the first time, kept while
 * the retro is open, so leaving and coming back keeps the phases) and the forced theme.
 * Ctrl/Cmd+Shift+F presents; the bar's Esc leaves.
 */
export type Presenter = ReturnType<typeof usePresenter>;

export function usePresenter() {
  const phaseMinutes = useAppStore((s) => s.settings.retroPhaseMinutes);
  const [timer, setTimer] = useState<PhaseTimer | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [theme, setTheme] = useState<PresenterTheme>('app');
  usePresenterMode(presenting, theme);
  useEffect(() => {
    const present = () => {
      setTimer((t) => t ?? startTimer(phaseMinutes, Date.now()));
      setPresenting(true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (matches('retro.present', e)) {
        e.preventDefault();
        present();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('aux-desk:present-retro', present);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('aux-desk:present-retro', present);
    };
  }, [phaseMinutes]);
  return {
    presenting: presenting && timer !== null,
    timer,
    setTimer,
    theme,
    setTheme,
    present: () => window.dispatchEvent(new Event('aux-desk:present-retro')),
    leave: () => setPresenting(false),
  };
}
