import { useEffect } from 'react';
import type { ProjectSection } from '../../../shared/model/projectRetro';
import { useAppStore } from '../../store';

/** The engagement's milestones, MVP target, project retro and NPS, loaded on first use. */
export function useProjectData(engagementId: string): { data: ProjectSection | undefined; error: string | undefined } {
  const data = useAppStore((s) => s.projectData[engagementId]);
  const error = useAppStore((s) => s.projectLoadError[engagementId]);
  const load = useAppStore((s) => s.loadProject);
  useEffect(() => {
    if (!data) void load(engagementId);
  }, [data, engagementId, load]);
  return { data, error };
}
