import { isPastWeek } from '../../../shared/week';
import { useToday } from '../../components/useToday';

/**
 * Whether a retro is from a past week: then it is a record, read-only until "Edit anyway",
 * and nothing on it is addressed to a facilitator (no prompts, hints or Start button).
 * Follows the calendar while the app stays open.
 */
export function usePastRetro(retroDate: string): boolean {
  return isPastWeek(retroDate, useToday());
}
