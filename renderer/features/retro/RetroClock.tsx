import { useEffect, useState } from 'react';
import type { Retro } from '../../../shared/model/retro';
import { retroClock } from '../../../shared/retro/rules';
import { offersStartNow } from '../../../shared/retro/startOnTime';

function mmss(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

interface RetroClockProps {
  retro: Pick<Retro, 'date' | 'startedAt'>;
  slot: { time: string; minutes: number };
  editable: boolean;
  onStart: () => void;
}

/** Start on time, end early: a countdown from Start, and a reminder once the slot has passed. */
export function RetroClockView({ retro, slot, editable, onStart }: RetroClockProps) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const clock = retroClock(retro, now, slot);
  // Start on time: within 5 minutes of the slot, one click starts the countdown at once.
  const startNow = offersStartNow(retro, slot.time, now);
  switch (clock.kind) {
    case 'not-started':
      return (
        <div className="retro-clock">
          {clock.late ? (
            <span className="retro-clock__late" role="status">
              It is past {slot.time}: start on time.
            </span>
          ) : null}
          {editable ? (
            <button type="button" className="button button--primary" onClick={onStart}>
              {startNow ? `Start now (${slot.time})` : `Start the ${slot.minutes}-minute retro`}
            </button>
          ) : null}
        </div>
      );
    case 'running':
      return (
        <div className="retro-clock retro-clock--running" role="timer" aria-label={`${mmss(clock.remainingMs)} left`}>
          <span className="retro-clock__time">{mmss(clock.remainingMs)}</span>
          <span className="retro-clock__caption">left · end early if you can</span>
        </div>
      );
    case 'over':
      return (
        <div className="retro-clock retro-clock--over" role="status">
          <span className="retro-clock__time">Time’s up</span>
          <span className="retro-clock__caption">{mmss(clock.overByMs)} over</span>
        </div>
      );
  }
}
