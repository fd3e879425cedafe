import type { Engagement } from '../model/engagement';
import type { LifecycleSection } from '../model/lifecycle';
import type { PlannerSection } from '../model/planner';
import type { ProjectSection } from '../model/projectRetro';
import type { RetroSection } from '../model/retro';

/** An engagement with every section the Overview's guide is worked out from. */
export interface GuideInput {
  engagement: Engagement;
  lifecycle: LifecycleSection;
  retro: RetroSection;
  planner: PlannerSection;
  project: ProjectSection;
}

/** The engagement screen's sections a step can lead to (renderer/store/uiSlice.ts has them all). */
export type GuideSection = 'details' | 'sourcing' | 'planning' | 'planner' | 'goals' | 'retros' | 'project' | 'wrap-up';

/** Where a step's button goes: a section, a retro, or a change of status made on the spot. */
export type StepTarget =
  | { to: 'section'; section: GuideSection }
  | { to: 'retro'; retroId: string }
  | { to: 'status'; status: 'active' | 'wrapping-up' | 'done' };

/** One thing to do next, from the playbook. */
export interface NextStep {
  /** Stable across refreshes (React key, test hook). */
  id: string;
  title: string;
  detail: string;
  action: { label: string; target: StepTarget };
}

export const OPEN: Record<GuideSection, string> = {
  details: 'Open Details',
  sourcing: 'Open Sourcing',
  planning: 'Open Planning',
  planner: 'Open Planner',
  goals: 'Open Goals',
  retros: 'Open Retros',
  project: 'Open Project retro',
  'wrap-up': 'Open Wrap-up',
};

/** A step whose button opens a section. */
export function inSection(id: string, title: string, detail: string, section: GuideSection): NextStep {
  return { id, title, detail, action: { label: OPEN[section], target: { to: 'section', section } } };
}
