import { retroSlot, type RetroSlot } from '../../../shared/planner/rituals';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';

/**
 * The engagement's weekly retro slot (day, time, length) as the planner has it: the retro
 * ritual, which the planner can move, or the settings until it is edited. Undefined while
 * the engagement's planner data loads, so nothing shows the settings' day by mistake.
 */
export function useRetroSlot(engagementId: string): { slot: RetroSlot | undefined; error: string | undefined } {
  const { data, error } = useLoaded('planner', engagementId);
  const settings = useAppStore((s) => s.settings);
  return { slot: data ? retroSlot(data.rituals, settings) : undefined, error };
}
