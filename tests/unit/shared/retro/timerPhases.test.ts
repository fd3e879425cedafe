import { describe, expect, it } from 'vitest';
import {
  addFiveMinutes,
  goToStep,
  mmss,
  nextStep,
  pauseTimer,
  previousStep,
  resumeTimer,
  startTimer,
  timerView,
} from '../../../../shared/retro/timerPhases';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 13, 0); // any instant: the clock is the argument
const DEFAULT = [4, 4, 6, 7, 6, 3];

describe('retro timer phases', () => {
  it('counts down the first phase from its start', () => {
    const t = startTimer(DEFAULT, T0);
    const v = timerView(t, T0 + 90_000);
    expect(v).toMatchObject({ step: 0, label: 'Score goals', status: 'running', remainingMs: 150_000 });
    expect(mmss(v.remainingMs)).toBe('2:30');
  });

  it('stands still while paused and goes on from there on resume', () => {
    let t = startTimer(DEFAULT, T0);
    t = pauseTimer(t, T0 + MIN);
    expect(timerView(t, T0 + 10 * MIN)).toMatchObject({ status: 'paused', remainingMs: 3 * MIN, paused: true });
    t = resumeTimer(t, T0 + 10 * MIN);
    expect(timerView(t, T0 + 11 * MIN)).toMatchObject({ status: 'running', remainingMs: 2 * MIN });
  });

  it('+5 min adds to the current phase only', () => {
    let t = startTimer(DEFAULT, T0);
    t = addFiveMinutes(t);
    expect(timerView(t, T0 + MIN).remainingMs).toBe(8 * MIN);
    t = nextStep(t, T0 + MIN);
    expect(timerView(t, T0 + MIN)).toMatchObject({ step: 1, label: 'Open actions', remainingMs: 4 * MIN });
  });

  it('signals an overrun once a phase runs past its time, by how much', () => {
    const t = startTimer(DEFAULT, T0);
    expect(timerView(t, T0 + 4 * MIN - 1).status).toBe('running');
    expect(timerView(t, T0 + 4 * MIN)).toMatchObject({ status: 'overrun', remainingMs: 0, overrunMs: 0 });
    expect(timerView(t, T0 + 5 * MIN).overrunMs).toBe(MIN);
    // +5 during an overrun brings the phase back to running.
    expect(timerView(addFiveMinutes(t), T0 + 5 * MIN)).toMatchObject({ status: 'running', remainingMs: 4 * MIN });
  });

  it('each step keeps its own phase: back resumes the time spent on it', () => {
    let t = startTimer(DEFAULT, T0);
    t = nextStep(t, T0 + MIN); // 1 min on goals
    t = previousStep(t, T0 + 2 * MIN); // 1 min on actions
    expect(timerView(t, T0 + 2 * MIN)).toMatchObject({ step: 0, remainingMs: 3 * MIN });
    t = goToStep(t, 1, T0 + 2 * MIN);
    expect(timerView(t, T0 + 2 * MIN)).toMatchObject({ step: 1, remainingMs: 3 * MIN });
    expect(previousStep(startTimer(DEFAULT, T0), T0).step).toBe(0);
  });

  it("ends with Time's up when the last phase runs out, or on moving on from it", () => {
    let t = startTimer(DEFAULT, T0);
    for (let i = 0; i < 5; i += 1) t = nextStep(t, T0);
    expect(timerView(t, T0 + 3 * MIN - 1)).toMatchObject({ step: 5, label: 'Wrap up', status: 'running' });
    expect(timerView(t, T0 + 3 * MIN).status).toBe('ended');
    const finished = nextStep(t, T0 + MIN);
    expect(timerView(finished, T0 + MIN).status).toBe('ended');
    // Nothing moves on after the end, and pause/+5 do nothing there.
    expect(nextStep(finished, T0 + 2 * MIN)).toBe(finished);
    expect(addFiveMinutes(finished)).toBe(finished);
    expect(pauseTimer(finished, T0)).toBe(finished);
    // Back from the end returns to the last step.
    expect(timerView(previousStep(finished, T0 + MIN), T0 + MIN)).toMatchObject({ step: 5, status: 'paused' });
  });

  it('a paused timer stays paused across steps', () => {
    let t = pauseTimer(startTimer(DEFAULT, T0), T0 + MIN);
    t = nextStep(t, T0 + 5 * MIN);
    expect(timerView(t, T0 + 20 * MIN)).toMatchObject({ step: 1, status: 'paused', remainingMs: 4 * MIN });
  });
});
