import type { Settings } from '../model/settings';
import { datesOfWeek, weekKeyOf } from '../week';
import type { HomeEngagement, HomeGroup, HomeItem, HomeWeek } from './homeItem';
import { checkInItem, followUpItems, kickoffItem } from './keyDateItems';
import { actionItemItems, forgottenActionItems, unsentNotesItems } from './retroItems';
import { planItem, weeklyRetroItem } from './todayItems';
import { capacityItems, rolesItems } from './warningItems';

export type { HomeEngagement, HomeGroup, HomeItem, HomeLink } from './homeItem';

const RUNNING = new Set(['active', 'wrapping-up']);
const GROUP_ORDER: Record<HomeGroup, number> = { today: 0, due: 1, upcoming: 2, warning: 3 };

/** One engagement's items: each kind from its own function. */
function engagementItems(x: HomeEngagement, at: HomeWeek): HomeItem[] {
  const e = x.engagement;
  const running = RUNNING.has(e.status) && e.startDate <= at.today && at.today <= e.endDate;
  const inWeek = running ? [planItem(x, at), weeklyRetroItem(x, at)] : [];
  const fromRetros =
    e.status !== 'sourcing'
      ? [...unsentNotesItems(x, at), ...actionItemItems(x, at), ...forgottenActionItems(x, at)]
      : [];
  return [
    ...inWeek,
    ...fromRetros,
    kickoffItem(x, at),
    checkInItem(x, at),
    ...followUpItems(x, at),
    ...rolesItems(x, at.today),
  ].filter((item): item is HomeItem => item !== null);
}

/**
 * What the "This week" screen lists on `today`, across all engagements: today's plan, this
 * week's retro (and whether the goals are scored), retro notes of the last four weeks not yet
 * emailed, open action items due by Sunday and those with no due date older than two weeks, the kick-off, check-ins (due this week, or coming
 * up once the engagement has ended), follow-ups due, and roles and capacity warnings for
 * engagements that have not ended. Ordered by group, then date, then key.
 */
export function homeItems(
  all: readonly HomeEngagement[],
  settings: Settings,
  today: string,
  /** Which engagements' tasks are yours (a team workspace shares others'); all of them by default. */
  mine: (x: HomeEngagement) => boolean = () => true,
): HomeItem[] {
  const week = weekKeyOf(today);
  const dates = datesOfWeek(week);
  const at: HomeWeek = { today, week, dates, weekEnd: dates.sun, settings };
  // Your tasks, and the capacity warnings of every engagement: the rules are about the whole team.
  const items = [...all.filter(mine).flatMap((x) => engagementItems(x, at)), ...capacityItems(all, settings, today)];
  return items.sort(
    (a, b) =>
      GROUP_ORDER[a.group] - GROUP_ORDER[b.group] ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.key.localeCompare(b.key),
  );
}
