import { RETRO_STEP_LABELS, RETRO_STEPS } from '../model/retroSteps';

/**
 * The retro timer with one phase per step (Settings › Retro timer). Pure: every function
 * takes the moment as ms, so tests run it on any clock and the renderer passes Date.now().
 * Each step keeps the time spent on it, so going back to a step resumes its phase.
 */
export interface PhaseTimer {
  /** Each step's budget in ms, +5 min added to the step it was asked on. */
  phaseMs: number[];
  /** Time spent on each step before the current run. */
  spentMs: number[];
  step: number;
  /** When the current run began; null while paused. */
  runningSince: number | null;
  /** Moved on past the last step: the retro is over. */
  finished: boolean;
}

export type TimerStatus = 'running' | 'paused' | 'overrun' | 'ended';

export interface TimerView {
  step: number;
  label: string;
  status: TimerStatus;
  /** Left in the current phase; 0 once it runs over. */
  remainingMs: number;
  /** How far the current phase has run over its time; 0 until then. */
  overrunMs: number;
  paused: boolean;
}

const MINUTE = 60_000;
const LAST = RETRO_STEPS.length - 1;

export function startTimer(minutes: readonly number[], now: number): PhaseTimer {
  return {
    phaseMs: minutes.map((m) => m * MINUTE),
    spentMs: minutes.map(() => 0),
    step: 0,
    runningSince: now,
    finished: false,
  };
}

function spentOnStep(t: PhaseTimer, now: number): number {
  const run = t.runningSince === null ? 0 : Math.max(0, now - t.runningSince);
  return (t.spentMs[t.step] ?? 0) + run;
}

/** Banks the current run into its step, so the next change starts from a clean moment. */
function bank(t: PhaseTimer, now: number): PhaseTimer {
  if (t.runningSince === null) return t;
  const spentMs = [...t.spentMs];
  spentMs[t.step] = spentOnStep(t, now);
  return { ...t, spentMs, runningSince: now };
}

export function pauseTimer(t: PhaseTimer, now: number): PhaseTimer {
  if (t.runningSince === null || t.finished) return t;
  return { ...bank(t, now), runningSince: null };
}

export function resumeTimer(t: PhaseTimer, now: number): PhaseTimer {
  if (t.runningSince !== null || t.finished) return t;
  return { ...t, runningSince: now };
}

/** +5 min to the current phase: the room needs longer on this step, the others keep theirs. */
export function addFiveMinutes(t: PhaseTimer): PhaseTimer {
  if (t.finished) return t;
  const phaseMs = [...t.phaseMs];
  phaseMs[t.step] = (phaseMs[t.step] ?? 0) + 5 * MINUTE;
  return { ...t, phaseMs };
}

/** Onto the next step; moving on from the last one ends the retro. */
export function nextStep(t: PhaseTimer, now: number): PhaseTimer {
  if (t.finished) return t;
  const banked = bank(t, now);
  if (t.step === LAST) return { ...banked, runningSince: null, finished: true };
  return { ...banked, step: t.step + 1, runningSince: t.runningSince === null ? null : now };
}

/** Back a step (or out of the end state, onto the last step, paused). */
export function previousStep(t: PhaseTimer, now: number): PhaseTimer {
  if (t.finished) return { ...t, finished: false };
  if (t.step === 0) return t;
  const banked = bank(t, now);
  return { ...banked, step: t.step - 1, runningSince: t.runningSince === null ? null : now };
}

/** Jumps to a step (the bar's buttons), keeping the run state. */
export function goToStep(t: PhaseTimer, step: number, now: number): PhaseTimer {
  if (step < 0 || step > LAST) return t;
  const banked = bank({ ...t, finished: false }, now);
  return { ...banked, step, runningSince: t.runningSince === null ? null : now };
}

/**
 * What the bar shows. The last phase running out is the end ("Time's up"), as is moving on
 * from the last step; an earlier phase running out is an overrun, a signal to move on.
 */
export function timerView(t: PhaseTimer, now: number): TimerView {
  const step = RETRO_STEPS[t.step] ?? RETRO_STEPS[0];
  const spent = spentOnStep(t, now);
  const budget = t.phaseMs[t.step] ?? 0;
  const left = budget - spent;
  const paused = t.runningSince === null && !t.finished;
  const over = left <= 0;
  const status: TimerStatus =
    t.finished || (over && t.step === LAST) ? 'ended' : over ? 'overrun' : paused ? 'paused' : 'running';
  return {
    step: t.step,
    label: RETRO_STEP_LABELS[step],
    status,
    remainingMs: Math.max(0, left),
    overrunMs: Math.max(0, -left),
    paused,
  };
}

/** m:ss for the bar, rounded up so "0:00" shows only once the time is up. */
export function mmss(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
