import { addDays, startOfDay } from 'date-fns';
import { useEffect, useState } from 'react';
import { toIsoDate } from '../../shared/dates';

/** A little after midnight, so the new day has surely begun on every clock. */
const AFTER_MIDNIGHT_MS = 1_000;

/**
 * Today's date (ISO, local), kept current while the app stays open: it moves on at
 * midnight, and when the window comes back (a laptop woken from sleep skips the timer).
 */
export function useToday(): string {
  const [today, setToday] = useState(() => toIsoDate(new Date()));
  useEffect(() => {
    const refresh = () => setToday(toIsoDate(new Date()));
    let timer = 0;
    const schedule = () => {
      const now = new Date();
      timer = window.setTimeout(() => {
        refresh();
        schedule();
      }, addDays(startOfDay(now), 1).getTime() - now.getTime() + AFTER_MIDNIGHT_MS);
    };
    schedule();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
