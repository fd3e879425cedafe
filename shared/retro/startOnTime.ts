import { parseISO } from 'date-fns';
import type { Retro } from '../model/retro';

/** "Start on time": how near the slot (before or after) a retro opened offers to start at once. */
export const START_NOW_WINDOW_MS = 5 * 60_000;

/**
 * Whether a not-yet-started retro offers "Start now": opened within 5 minutes of its slot,
 * either side. The slot's time is local, where the user sits in the meeting (as retroClock
 * reads it), so the same wall-clock rule holds in every zone, DST days included.
 */
export function offersStartNow(retro: Pick<Retro, 'date' | 'startedAt'>, slotTime: string, now: Date): boolean {
  if (retro.startedAt !== null) return false;
  const scheduled = parseISO(`${retro.date}T${slotTime}:00`).getTime();
  if (Number.isNaN(scheduled)) return false;
  return Math.abs(now.getTime() - scheduled) <= START_NOW_WINDOW_MS;
}
