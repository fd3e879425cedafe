import { useMemo } from 'react';
import { buildTimeline, type TimelineItem } from '../../../shared/project/timeline';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';

/**
 * The engagement's timeline with what it is built from (goals and retros, project data: loaded on first
 * use; `data` is null until all are there), and how to open what an item stands for: a retro
 * (read-only), the project retro, the engagement, or a milestone, which `onMilestone` handles.
 */
export function useTimeline(engagementId: string, onMilestone: (id: string) => void) {
  const retro = useLoaded('retro', engagementId);
  const project = useLoaded('project', engagementId);
  // Not waited for: only the check-in's "held on" comes from it.
  const checkInHeldOn = useLoaded('lifecycle', engagementId, 'each-mount').data?.checkInHeldOn ?? null;
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const navigate = useAppStore((s) => s.navigate);
  const data = useMemo(
    () =>
      engagement && retro.data && project.data
        ? {
            engagement,
            retro: retro.data,
            project: project.data,
            timeline: buildTimeline({
              engagement,
              goals: retro.data.goals,
              retros: retro.data.retros,
              project: project.data,
              checkInHeldOn,
            }),
          }
        : null,
    [engagement, retro.data, project.data, checkInHeldOn],
  );
  const openItem = (item: TimelineItem) => {
    const target = item.target;
    switch (target.kind) {
      case 'retro':
        navigate({ kind: 'retro', engagementId, retroId: target.retroId, readOnly: true });
        return;
      case 'milestone':
        onMilestone(target.milestoneId);
        return;
      case 'project-retro':
        navigate({ kind: 'engagement', id: engagementId, section: 'project' });
        return;
      case 'engagement':
        navigate({ kind: 'engagement', id: engagementId, section: 'overview' });
        return;
    }
  };
  return { data, error: retro.error ?? project.error, openItem };
}
