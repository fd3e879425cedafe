import type { CalendarEvent } from '../calendar';
import type { LifecycleSection } from '../model/lifecycle';
import type { Settings } from '../model/settings';
import { datesOfWeek, type WeekKey } from '../week';
import { checkInDate, followUpDue } from './dueDates';

const UID_DOMAIN = 'aux-desk.local';

export interface LifecycleDatesInput {
  engagement: { id: string; name: string; hostTeam: string; endDate: string };
  lifecycle: Pick<LifecycleSection, 'kickoffDate' | 'checkInDone' | 'followUps'>;
  settings: Pick<Settings, 'dayStart'>;
}

export interface LifecycleExportInput extends LifecycleDatesInput {
  key: WeekKey;
}

/**
 * The lifecycle's dated events, whatever their week: the kick-off meeting (60 min), the
 * three-month check-in (30 min, until it is held) and each follow-up when next due (30 min).
 * Each at the start of the day; UIDs name what the event is, so a later export updates it.
 * The planner offers the weeks these fall in, also outside the engagement's own dates.
 */
export function lifecycleEvents(input: LifecycleDatesInput): CalendarEvent[] {
  const { engagement: e, lifecycle, settings } = input;
  const team = e.hostTeam || e.name;
  const events: CalendarEvent[] = [];
  const at = (uid: string, title: string, description: string, date: string, minutes: number): CalendarEvent => ({
    uid: `${uid}@${UID_DOMAIN}`,
    title,
    description,
    date,
    start: settings.dayStart,
    minutes,
    busy: 'BUSY',
    categories: ['Aux Desk', e.name],
  });
  if (lifecycle.kickoffDate !== null) {
    events.push(
      at(
        `kickoff-${e.id}`,
        `Kick-off: ${team}`,
        'Testing framework, coverage target (≥ 80%), MVP and technical approach, timeline and MVP date, retro cadence.',
        lifecycle.kickoffDate,
        60,
      ),
    );
  }
  if (!lifecycle.checkInDone) {
    events.push(
      at(
        `checkin-${e.id}`,
        `Three-month check-in: ${team}`,
        'Did the changes stick? Is the team more effective? Comfortable maintaining what was built? Any feedback for us?',
        checkInDate(e.endDate),
        30,
      ),
    );
  }
  for (const f of lifecycle.followUps) {
    const due = followUpDue(f, e.endDate);
    events.push(
      at(
        `followup-${e.id}-${f.id}-${due}`,
        `Follow up with ${f.person}`,
        [f.role, team].filter(Boolean).join(' · '),
        due,
        30,
      ),
    );
  }
  return events;
}

/** The lifecycle's events that fall in the exported week. */
export function lifecycleCalendarEvents(input: LifecycleExportInput): CalendarEvent[] {
  const dates = datesOfWeek(input.key);
  return lifecycleEvents(input).filter((event) => event.date >= dates.mon && event.date <= dates.sun);
}
