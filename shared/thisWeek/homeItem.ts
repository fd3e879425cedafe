import type { Engagement } from '../model/engagement';
import type { LifecycleSection } from '../model/lifecycle';
import type { PlannerSection } from '../model/planner';
import type { RetroSection } from '../model/retro';
import type { Settings, Weekday } from '../model/settings';
import type { WeekKey } from '../week';

/** Where an item is dealt with. Sections match the engagement screen's sections. */
export type HomeLink =
  | { to: 'section'; section: 'overview' | 'details' | 'planner' | 'goals' | 'retros' | 'planning' | 'wrap-up' }
  | { to: 'retro'; retroId: string };

export type HomeGroup = 'today' | 'due' | 'upcoming' | 'warning';
export type HomeKind =
  'plan' | 'retro' | 'notes' | 'action' | 'kickoff' | 'check-in' | 'follow-up' | 'capacity' | 'roles';

/** One line of the "This week" screen. */
export interface HomeItem {
  /** Stable across refreshes (React key, test hook). */
  key: string;
  group: HomeGroup;
  kind: HomeKind;
  engagementId: string;
  engagementName: string;
  title: string;
  detail: string;
  date: string | null;
  /** For a weekly retro: when it starts (HH:MM), for the "retro starting" notification. */
  time?: string;
  link: HomeLink;
}

/** An engagement with the sections the items are made from. */
export interface HomeEngagement {
  engagement: Engagement;
  retro: RetroSection;
  planner: PlannerSection;
  lifecycle: LifecycleSection;
}

/** The week the items are for: `today`, its ISO week, that week's dates (Sunday is its end). */
export interface HomeWeek {
  today: string;
  week: WeekKey;
  dates: Record<Weekday, string>;
  weekEnd: string;
  settings: Settings;
}

/** The fields every item of an engagement shares. */
export function itemBase(e: Engagement): Pick<HomeItem, 'engagementId' | 'engagementName'> {
  return { engagementId: e.id, engagementName: e.name };
}
