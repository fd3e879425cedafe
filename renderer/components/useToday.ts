import { useEffect, useState } from 'react';
import { localDateOf } from '../../shared/dates';

/** How often the date is looked at: a string compare, and a re-render only when it changed. */
const CHECK_EVERY_MS = 60_000;

/**
 * Today's date (ISO, local), kept current while the app stays open: within a minute of
 * midnight, and at once when the window comes back (a laptop woken from sleep may have
 * missed the minute, or fire neither event: the next minute catches it).
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localDateOf(new Date()));
  useEffect(() => {
    const refresh = () => setToday(localDateOf(new Date()));
    const timer = window.setInterval(refresh, CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
