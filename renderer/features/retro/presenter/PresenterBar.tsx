import { useEffect, useState } from 'react';
import { RETRO_STEP_LABELS, RETRO_STEPS } from '../../../../shared/model/retroSteps';
import {
  addFiveMinutes,
  goToStep,
  mmss,
  nextStep,
  pauseTimer,
  previousStep,
  resumeTimer,
  timerView,
  type PhaseTimer,
} from '../../../../shared/retro/timerPhases';
import { isTextField, matches } from '../../keyboard/keys';
import type { Presenter } from './usePresenter';
import type { PresenterTheme } from './usePresenterMode';
import './presenter.css';

interface PresenterBarProps {
  timer: PhaseTimer;
  onTimer: (timer: PhaseTimer) => void;
  theme: PresenterTheme;
  onTheme: (theme: PresenterTheme) => void;
  onLeave: () => void;
}

/** The sticky bar while presenting: the step's timer, pause, +5 min, the six steps, the theme. */
export function PresenterBar({ timer, onTimer, theme, onTheme, onLeave }: PresenterBarProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const at = Date.now();
      const forward = matches('presenter.next', e);
      const back = matches('presenter.previous', e);
      if (forward || back) {
        e.preventDefault();
        onTimer(forward ? nextStep(timer, at) : previousStep(timer, at));
        setNow(at);
      } else if (matches('presenter.leave', e) && !isTextField(e.target)) {
        e.preventDefault();
        onLeave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [timer, onTimer, onLeave]);

  const view = timerView(timer, now);
  const act = (next: (t: PhaseTimer, at: number) => PhaseTimer) => {
    const at = Date.now();
    onTimer(next(timer, at));
    setNow(at);
  };
  return (
    <div className={`presenter-bar presenter-bar--${view.status}`} role="region" aria-label="Presenter">
      <div className="presenter-bar__timer" role="timer" aria-label={`${view.label}: ${mmss(view.remainingMs)} left`}>
        <span className="presenter-bar__step">{view.label}</span>
        <span className="presenter-bar__time" data-testid="presenter-time">
          {view.status === 'ended'
            ? 'Time’s up'
            : view.status === 'overrun'
              ? `+${mmss(view.overrunMs)} over`
              : mmss(view.remainingMs)}
        </span>
      </div>
      <button
        type="button"
        className="button"
        disabled={view.status === 'ended'}
        onClick={() => act((t, at) => (t.runningSince === null ? resumeTimer(t, at) : pauseTimer(t, at)))}
      >
        {view.paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" className="button" disabled={view.status === 'ended'} onClick={() => act(addFiveMinutes)}>
        +5 min
      </button>
      <ol className="presenter-bar__steps" aria-label="Steps">
        {RETRO_STEPS.map((step, index) => (
          <li key={step}>
            <button
              type="button"
              className="presenter-bar__step-button"
              aria-current={index === view.step ? 'step' : undefined}
              onClick={() => act((t, at) => goToStep(t, index, at))}
            >
              {RETRO_STEP_LABELS[step]}
            </button>
          </li>
        ))}
      </ol>
      <label className="presenter-bar__theme">
        Theme
        <select className="input" value={theme} onChange={(e) => onTheme(e.target.value as PresenterTheme)}>
          <option value="app">As the app</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button type="button" className="button button--ghost" onClick={onLeave}>
        Leave (Esc)
      </button>
    </div>
  );
}

/** The bar, while the retro is presented. */
export function PresenterBarIfPresenting({ presenter }: { presenter: Presenter }) {
  if (!presenter.presenting || !presenter.timer) return null;
  return (
    <PresenterBar
      timer={presenter.timer}
      onTimer={presenter.setTimer}
      theme={presenter.theme}
      onTheme={presenter.setTheme}
      onLeave={presenter.leave}
    />
  );
}
