import type { Person, PersonRole } from '../model/engagement';
import type { PlannerSection } from '../model/planner';
import type { PlannerWarning } from './warnings';

/** The host team: the people an aux engineer pairs with. */
const HOST_TEAM_ROLES: readonly PersonRole[] = ['host-developer', 'tech-lead', 'host-pm', 'manager'];

export function pairingCandidates(people: readonly Person[]): Person[] {
  return hostTeam(people);
}

/** The engagement's host-team people (who the NPS survey goes to), in People's order. */
export function hostTeam(people: readonly Person[]): Person[] {
  return people.filter((p) => HOST_TEAM_ROLES.includes(p.role));
}

export interface PairingRow {
  personId: string;
  name: string;
  role: PersonRole | null;
  /** Days paired with this person (a day with two partners counts for both). */
  days: number;
}

export interface PairingSummary {
  rows: PairingRow[];
  /** Pairing days with at least one partner logged. */
  loggedDays: number;
  warning: PlannerWarning | null;
}

/** Fewer logged days than this say nothing yet about diffusion. */
const DIFFUSION_MIN_DAYS = 3;

export function pairingSummary(section: PlannerSection, people: readonly Person[]): PairingSummary {
  const counts = new Map<string, number>();
  let loggedDays = 0;
  for (const week of Object.values(section.weeks)) {
    for (const day of Object.values(week.days)) {
      if (day.kind !== 'pairing' || day.partnerIds.length === 0) continue;
      loggedDays++;
      for (const id of day.partnerIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const ids = new Set([...pairingCandidates(people).map((p) => p.id), ...counts.keys()]);
  const rows = [...ids]
    .map((id): PairingRow => {
      const person = byId.get(id);
      return {
        personId: id,
        name: person?.name ?? 'Removed person',
        role: person?.role ?? null,
        days: counts.get(id) ?? 0,
      };
    })
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));

  let warning: PlannerWarning | null = null;
  const [top] = rows;
  if (top && rows.length >= 2 && loggedDays >= DIFFUSION_MIN_DAYS && top.days / loggedDays > 0.5) {
    warning = {
      kind: 'same-partner',
      message: `You paired with ${top.name} on ${top.days} of ${loggedDays} pairing days. Rotate partners so the habits spread across the team.`,
    };
  }
  return { rows, loggedDays, warning };
}
