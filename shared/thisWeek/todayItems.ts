import { formatDisplayDate } from '../dates';
import { DAY_KIND_LABELS } from '../model/planner';
import { effectiveRituals, retroSlot, ritualsOn } from '../planner/rituals';
import { effectiveWeek } from '../planner/template';
import { live } from '../retro/rules';
import { weekdayOf } from '../week';
import { itemBase, type HomeEngagement, type HomeItem, type HomeWeek } from './homeItem';

/** Today's plan (pairing, 20% time or off) with partners, topic, rituals and note. */
export function planItem({ engagement: e, planner }: HomeEngagement, at: HomeWeek): HomeItem | null {
  const day = weekdayOf(at.today);
  const plan = effectiveWeek(planner.weeks[at.week], at.week, at.settings, { start: e.startDate, end: e.endDate }).days[
    day
  ];
  if (!plan) return null;
  const rituals = ritualsOn(effectiveRituals(planner.rituals, at.settings), day);
  const partners = plan.partnerIds.map((id) => e.people.find((p) => p.id === id)?.name).filter((n): n is string => !!n);
  const parts = [
    plan.kind === 'off' ? '' : `${plan.hours} h`,
    partners.length > 0 ? `with ${partners.join(', ')}` : '',
    plan.topic,
    rituals.length > 0 ? rituals.map((r) => `${r.name} ${r.time}`).join(', ') : '',
    plan.note,
  ].filter((s) => s !== '');
  return {
    ...itemBase(e),
    key: `plan:${e.id}`,
    group: 'today',
    kind: 'plan',
    title: `Today: ${DAY_KIND_LABELS[plan.kind]}`,
    detail: parts.join(' · '),
    date: at.today,
    link: { to: 'section', section: 'planner' },
  };
}

/** This week's retro, on the retro ritual's day within the engagement: to hold, or its goals to score. */
export function weeklyRetroItem({ engagement: e, retro, planner }: HomeEngagement, at: HomeWeek): HomeItem | null {
  const slot = retroSlot(planner.rituals, at.settings);
  const retroDate = at.dates[slot.day];
  if (retroDate < e.startDate || retroDate > e.endDate) return null;
  const held = live(retro.retros).find((r) => r.date === retroDate);
  const goals = retro.goals.length;
  const common = {
    ...itemBase(e),
    key: `retro:${e.id}:${retroDate}`,
    group: 'due',
    kind: 'retro',
    title: `Weekly retro ${formatDisplayDate(retroDate)}`,
    date: retroDate,
    time: slot.time,
  } as const;
  if (!held) {
    const detail =
      retroDate < at.today
        ? 'Not held yet this week.'
        : goals > 0
          ? `Not started yet; score the ${goals} goals first.`
          : 'Not started yet.';
    return { ...common, detail, link: { to: 'section', section: 'retros' } };
  }
  const goalIds = new Set(retro.goals.map((g) => g.id));
  const scored = held.goalScores.filter((s) => goalIds.has(s.goalId)).length;
  const detail =
    goals === 0
      ? 'No goals to score yet.'
      : scored >= goals
        ? `Goals scored (${scored} of ${goals}).`
        : `Goals not scored yet (${scored} of ${goals}).`;
  return { ...common, detail, link: { to: 'retro', retroId: held.id } };
}
