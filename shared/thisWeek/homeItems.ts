import { addWeeksIso, formatDisplayDate } from '../dates';
import type { Engagement } from '../model/engagement';
import type { LifecycleSection } from '../model/lifecycle';
import { DAY_KIND_LABELS, type PlannerSection } from '../model/planner';
import type { RetroSection } from '../model/retro';
import type { Settings } from '../model/settings';
import { effectiveWeek } from '../planner/template';
import { effectiveRituals, retroSlot, ritualsOn } from '../planner/rituals';
import { allActionItems, live, notesEmailed } from '../retro/rules';
import { datesOfWeek, weekKeyOf, weekdayOf } from '../week';
import { capacityWarnings } from '../staffing/capacity';
import { checkInDate, followUpDue } from '../keyDates/dueDates';
import { rolesProblems, ROLES_MESSAGES } from '../staffing/roles';

/** Where an item is dealt with. Sections match the engagement screen's sections. */
export type HomeLink =
  | { to: 'section'; section: 'overview' | 'planner' | 'goals' | 'retros' | 'planning' | 'wrap-up' }
  | { to: 'retro'; retroId: string };

export type HomeGroup = 'today' | 'due' | 'upcoming' | 'warning';
export type HomeKind =
  'plan' | 'retro' | 'notes' | 'action' | 'kickoff' | 'check-in' | 'follow-up' | 'capacity' | 'roles';

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

export interface HomeEngagement {
  engagement: Engagement;
  retro: RetroSection;
  planner: PlannerSection;
  lifecycle: LifecycleSection;
}

const RUNNING = new Set(['active', 'wrapping-up']);
/**
 * Retro notes not emailed are listed for this many weeks after the retro: the moment to
 * send them is the week after; older ones stay marked in the retros list, not here (a
 * five-year history would otherwise fill the screen).
 */
const NOTES_REMINDER_WEEKS = 4;

/**
 * What the "This week" screen lists on `today`, across all engagements: today's plan, this
 * week's retro (and whether the goals are scored), retro notes of the last four weeks not yet emailed, open action
 * items due by Sunday, the kick-off, check-ins (due this week, or coming up once the
 * engagement has ended), follow-ups due, and roles and capacity warnings for engagements
 * that have not ended.
 */
export function homeItems(all: readonly HomeEngagement[], settings: Settings, today: string): HomeItem[] {
  const week = weekKeyOf(today);
  const dates = datesOfWeek(week);
  const weekEnd = dates.sun;
  const items: HomeItem[] = [];

  for (const { engagement: e, retro, planner, lifecycle } of all) {
    const base = { engagementId: e.id, engagementName: e.name };
    const running = RUNNING.has(e.status) && e.startDate <= today && today <= e.endDate;

    if (running) {
      const day = weekdayOf(today);
      const plan = effectiveWeek(planner.weeks[week], week, settings, { start: e.startDate, end: e.endDate }).days[day];
      const rituals = ritualsOn(effectiveRituals(planner.rituals, settings), day);
      if (plan) {
        const partners = plan.partnerIds
          .map((id) => e.people.find((p) => p.id === id)?.name)
          .filter((n): n is string => !!n);
        const parts = [
          plan.kind === 'off' ? '' : `${plan.hours} h`,
          partners.length > 0 ? `with ${partners.join(', ')}` : '',
          plan.topic,
          rituals.length > 0 ? rituals.map((r) => `${r.name} ${r.time}`).join(', ') : '',
          plan.note,
        ].filter((s) => s !== '');
        items.push({
          ...base,
          key: `plan:${e.id}`,
          group: 'today',
          kind: 'plan',
          title: `Today: ${DAY_KIND_LABELS[plan.kind]}`,
          detail: parts.join(' · '),
          date: today,
          link: { to: 'section', section: 'planner' },
        });
      }

      const slot = retroSlot(planner.rituals, settings);
      const retroDate = dates[slot.day];
      const retroTime = slot.time;
      if (retroDate >= e.startDate && retroDate <= e.endDate) {
        const held = live(retro.retros).find((r) => r.date === retroDate);
        const goalIds = new Set(retro.goals.map((g) => g.id));
        if (!held) {
          items.push({
            ...base,
            key: `retro:${e.id}:${retroDate}`,
            group: 'due',
            kind: 'retro',
            title: `Weekly retro ${formatDisplayDate(retroDate)}`,
            detail:
              retroDate < today
                ? 'Not held yet this week.'
                : retro.goals.length > 0
                  ? `Not started yet; score the ${retro.goals.length} goals first.`
                  : 'Not started yet.',
            date: retroDate,
            time: retroTime,
            link: { to: 'section', section: 'retros' },
          });
        } else {
          const scored = held.goalScores.filter((s) => goalIds.has(s.goalId)).length;
          items.push({
            ...base,
            key: `retro:${e.id}:${retroDate}`,
            group: 'due',
            kind: 'retro',
            title: `Weekly retro ${formatDisplayDate(retroDate)}`,
            detail:
              retro.goals.length === 0
                ? 'No goals to score yet.'
                : scored >= retro.goals.length
                  ? `Goals scored (${scored} of ${retro.goals.length}).`
                  : `Goals not scored yet (${scored} of ${retro.goals.length}).`,
            date: retroDate,
            time: retroTime,
            link: { to: 'retro', retroId: held.id },
          });
        }
      }
    }

    if (e.status !== 'sourcing') {
      const notesSince = addWeeksIso(today, -NOTES_REMINDER_WEEKS);
      for (const r of live(retro.retros)) {
        if (r.date > today || r.date < notesSince || notesEmailed(r)) continue;
        items.push({
          ...base,
          key: `notes:${e.id}:${r.id}`,
          group: 'due',
          kind: 'notes',
          title: `Email the notes of the retro on ${formatDisplayDate(r.date)}`,
          detail: 'Send them to everyone who came.',
          date: r.date,
          link: { to: 'retro', retroId: r.id },
        });
      }
      for (const item of allActionItems(retro.retros)) {
        if (item.checked || item.due === null || item.due > weekEnd) continue;
        items.push({
          ...base,
          key: `action:${e.id}:${item.id}`,
          group: 'due',
          kind: 'action',
          title: item.text === '' ? 'Action item' : item.text,
          detail: `${item.due < today ? 'Overdue' : 'Due'} ${formatDisplayDate(item.due)}${item.owner ? ` · ${item.owner}` : ''}`,
          date: item.due,
          link: { to: 'retro', retroId: item.retroId },
        });
      }
    }

    if (lifecycle.kickoffDate !== null && lifecycle.kickoffDate >= today && lifecycle.kickoffDate <= weekEnd) {
      items.push({
        ...base,
        key: `kickoff:${e.id}`,
        group: 'due',
        kind: 'kickoff',
        title: `Kick-off meeting ${formatDisplayDate(lifecycle.kickoffDate)}`,
        detail: 'Testing framework, coverage target, MVP and approach, timeline, retro cadence.',
        date: lifecycle.kickoffDate,
        link: { to: 'section', section: 'planning' },
      });
    }

    const ended = e.endDate <= today || e.status === 'wrapping-up' || e.status === 'done' || e.status === 'ended-early';
    if (e.status !== 'sourcing' && e.status !== 'planning' && ended && !lifecycle.checkInDone) {
      const date = checkInDate(e.endDate);
      const due = date <= weekEnd;
      items.push({
        ...base,
        key: `check-in:${e.id}`,
        group: due ? 'due' : 'upcoming',
        kind: 'check-in',
        title: `Three-month check-in ${formatDisplayDate(date)}`,
        detail: due
          ? 'Did the changes stick? Ask the team.'
          : `Three months after the end (${formatDisplayDate(e.endDate)}).`,
        date,
        link: { to: 'section', section: 'wrap-up' },
      });
    }

    for (const f of lifecycle.followUps) {
      const date = followUpDue(f, e.endDate);
      if (date > weekEnd) continue;
      items.push({
        ...base,
        key: `follow-up:${e.id}:${f.id}`,
        group: 'due',
        kind: 'follow-up',
        title: `Follow up with ${f.person}`,
        detail: `${f.role ? `${f.role} · ` : ''}${date < today ? 'overdue since' : 'due'} ${formatDisplayDate(date)}`,
        date,
        link: { to: 'section', section: 'wrap-up' },
      });
    }

    if ((e.status === 'planning' || e.status === 'active') && e.endDate >= today) {
      for (const problem of rolesProblems(e.people)) {
        items.push({
          ...base,
          key: `roles:${e.id}:${problem}`,
          group: 'warning',
          kind: 'roles',
          title: 'Roles',
          detail: ROLES_MESSAGES[problem],
          date: null,
          link: { to: 'section', section: 'overview' },
        });
      }
    }
  }

  const byId = new Map(all.map((x) => [x.engagement.id, x.engagement]));
  capacityWarnings(
    all.map((x) => x.engagement),
    settings,
  ).forEach((w, index) => {
    const concerned = w.engagementIds.map((id) => byId.get(id)).filter((x): x is Engagement => x !== undefined);
    if (!concerned.some((x) => x.endDate >= today)) return;
    const last = concerned.at(-1);
    if (!last) return;
    items.push({
      key: `capacity:${w.rule}:${w.engagementIds.join('+')}:${index}`,
      group: 'warning',
      kind: 'capacity',
      engagementId: last.id,
      engagementName: last.name,
      title: 'Capacity',
      detail: w.message,
      date: null,
      link: { to: 'section', section: 'overview' },
    });
  });

  const order: Record<HomeGroup, number> = { today: 0, due: 1, upcoming: 2, warning: 3 };
  return items.sort(
    (a, b) =>
      order[a.group] - order[b.group] || (a.date ?? '').localeCompare(b.date ?? '') || a.key.localeCompare(b.key),
  );
}
