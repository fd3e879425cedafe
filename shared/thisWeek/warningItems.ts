import type { Engagement } from '../model/engagement';
import type { Settings } from '../model/settings';
import { capacityWarnings } from '../staffing/capacity';
import { rolesProblems, ROLES_MESSAGES } from '../staffing/roles';
import { itemBase, type HomeEngagement, type HomeItem } from './homeItem';

/** Missing or doubled roles, for an engagement being planned or running. */
export function rolesItems({ engagement: e }: HomeEngagement, today: string): HomeItem[] {
  if ((e.status !== 'planning' && e.status !== 'active') || e.endDate < today) return [];
  return rolesProblems(e.people).map((problem) => ({
    ...itemBase(e),
    key: `roles:${e.id}:${problem}`,
    group: 'warning',
    kind: 'roles',
    title: 'Roles',
    detail: ROLES_MESSAGES[problem],
    date: null,
    link: { to: 'section', section: 'details' },
  }));
}

/** Capacity warnings across engagements, each under the last engagement it concerns; none once all have ended. */
export function capacityItems(all: readonly HomeEngagement[], settings: Settings, today: string): HomeItem[] {
  const byId = new Map(all.map((x) => [x.engagement.id, x.engagement]));
  const items: HomeItem[] = [];
  capacityWarnings(
    all.map((x) => x.engagement),
    settings,
  ).forEach((w, index) => {
    const concerned = w.engagementIds.map((id) => byId.get(id)).filter((x): x is Engagement => x !== undefined);
    const last = concerned.at(-1);
    if (!last || !concerned.some((x) => x.endDate >= today)) return;
    items.push({
      ...itemBase(last),
      key: `capacity:${w.rule}:${w.engagementIds.join('+')}:${index}`,
      group: 'warning',
      kind: 'capacity',
      title: 'Capacity',
      detail: w.message,
      date: null,
      link: { to: 'section', section: 'details' },
    });
  });
  return items;
}
