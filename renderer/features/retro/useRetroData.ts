import { useEffect } from 'react';
import type { RetroSection } from '../../../shared/model/retro';
import { useAppStore } from '../../store';

/** The engagement's goals and retros, loaded on first use. */
export function useRetroData(engagementId: string): { data: RetroSection | undefined; error: string | undefined } {
  const data = useAppStore((s) => s.retroData[engagementId]);
  const error = useAppStore((s) => s.retroLoadError[engagementId]);
  const load = useAppStore((s) => s.loadRetros);
  useEffect(() => {
    if (!data) void load(engagementId);
  }, [data, engagementId, load]);
  return { data, error };
}
