import { formatDisplayDate } from '../dates';
import { checkInDate, followUpDue } from '../keyDates/dueDates';
import { itemBase, type HomeEngagement, type HomeItem, type HomeWeek } from './homeItem';

/** The kick-off meeting, from today to the end of the week. */
export function kickoffItem({ engagement: e, lifecycle }: HomeEngagement, at: HomeWeek): HomeItem | null {
  const date = lifecycle.kickoffDate;
  if (date === null || date < at.today || date > at.weekEnd) return null;
  return {
    ...itemBase(e),
    key: `kickoff:${e.id}`,
    group: 'due',
    kind: 'kickoff',
    title: `Kick-off meeting ${formatDisplayDate(date)}`,
    detail: 'Testing framework, coverage target, MVP and approach, timeline, retro cadence.',
    date,
    link: { to: 'section', section: 'planning' },
  };
}

/** The three-month check-in of an engagement that has ended: due this week, or coming up. */
export function checkInItem({ engagement: e, lifecycle }: HomeEngagement, at: HomeWeek): HomeItem | null {
  const ended =
    e.endDate <= at.today || e.status === 'wrapping-up' || e.status === 'done' || e.status === 'ended-early';
  if (e.status === 'sourcing' || e.status === 'planning' || !ended || lifecycle.checkInDone) return null;
  const date = checkInDate(e.endDate);
  const due = date <= at.weekEnd;
  return {
    ...itemBase(e),
    key: `check-in:${e.id}`,
    group: due ? 'due' : 'upcoming',
    kind: 'check-in',
    title: `Three-month check-in ${formatDisplayDate(date)}`,
    detail: due
      ? 'Did the changes stick? Ask the team.'
      : `Three months after the end (${formatDisplayDate(e.endDate)}).`,
    date,
    link: { to: 'section', section: 'wrap-up' },
  };
}

/** Follow-ups due by the end of the week (overdue ones too). */
export function followUpItems({ engagement: e, lifecycle }: HomeEngagement, at: HomeWeek): HomeItem[] {
  const items: HomeItem[] = [];
  for (const f of lifecycle.followUps) {
    const date = followUpDue(f, e.endDate);
    if (date > at.weekEnd) continue;
    items.push({
      ...itemBase(e),
      key: `follow-up:${e.id}:${f.id}`,
      group: 'due',
      kind: 'follow-up',
      title: `Follow up with ${f.person}`,
      detail: `${f.role ? `${f.role} · ` : ''}${date < at.today ? 'overdue since' : 'due'} ${formatDisplayDate(date)}`,
      date,
      link: { to: 'section', section: 'wrap-up' },
    });
  }
  return items;
}
