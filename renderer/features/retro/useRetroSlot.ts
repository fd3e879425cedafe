import { useEffect } from 'react';
import { retroSlot, type RetroSlot } from '../../../shared/planner/rituals';
import { useAppStore } from '../../store';

/**
 * The engagement's weekly retro slot (day, time, length) as the planner has it: the retro
 * ritual, which the planner can move, or the settings until it is edited. Undefined while
 * the engagement's planner data loads, so nothing shows the settings' day by mistake.
 */
export function useRetroSlot(engagementId: string): { slot: RetroSlot | undefined; error: string | undefined } {
  const data = useAppStore((s) => s.plannerData[engagementId]);
  const error = useAppStore((s) => s.plannerErrors[engagementId]);
  const settings = useAppStore((s) => s.settings);
  const load = useAppStore((s) => s.loadPlanner);
  useEffect(() => {
    if (!data) void load({ kind: 'engagement', id: engagementId });
  }, [data, engagementId, load]);
  return { slot: data ? retroSlot(data.rituals, settings) : undefined, error };
}
