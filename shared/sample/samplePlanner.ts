import type { Person } from '../model/engagement';
import type { Ritual, WeekPlan } from '../model/planner';
import type { Settings, Weekday } from '../model/settings';
import { templateWeek } from '../planner/template';
import { SAMPLE_PAIRS, type SamplePersonKey } from './sampleCast';
import type { SampleCalendar } from './sampleCalendar';
import { PAIRING_TOPICS } from './sampleProject';

/** The engagement week (1–10) whose 20% day went to the launch, and the one with a day off. */
const LAUNCH_WEEK = 4;
const DAY_OFF_WEEK = 7;

/**
 * The planned weeks: each starts from the planner's own template (templateWeek, as a new
 * week does in the app), then logs who the aux engineer paired with and on what, rotating
 * through the host team's developers. Two weeks differ, as real ones do: the launch week's
 * 20% day went to pairing, and a day off.
 */
function plannedWeek(
  calendar: SampleCalendar,
  settings: Settings,
  week: number,
  person: (key: SamplePersonKey) => Person,
): WeekPlan {
  const key = calendar.weeks[week - 1] ?? '';
  const plan = templateWeek(key, settings, { start: calendar.start, end: calendar.end });
  const topic = PAIRING_TOPICS[week - 1] ?? '';
  const days: WeekPlan['days'] = {};
  let pairingDay = 0;
  for (const [day, dayPlan] of Object.entries(plan.days) as [Weekday, NonNullable<WeekPlan['days'][Weekday]>][]) {
    if (week === LAUNCH_WEEK && dayPlan.kind === 'twenty') {
      days[day] = {
        ...dayPlan,
        kind: 'pairing',
        partnerIds: [person('kenji').id],
        topic: 'Launch follow-up',
        note: 'Launch week: paired on the rollout instead of 20% time.',
      };
      continue;
    }
    if (dayPlan.kind !== 'pairing') {
      days[day] = dayPlan;
      continue;
    }
    if (week === DAY_OFF_WEEK && pairingDay === 2) {
      days[day] = { ...dayPlan, kind: 'off', hours: 0, note: 'Day off.' };
    } else {
      const partner = SAMPLE_PAIRS[(week + pairingDay) % SAMPLE_PAIRS.length] ?? 'maya';
      days[day] = { ...dayPlan, partnerIds: [person(partner).id], topic };
    }
    pairingDay += 1;
  }
  return { days };
}

/** The host team's rituals the aux engineer joins (the weekly retro follows the settings). */
function rituals(settings: Settings, newId: () => string): Ritual[] {
  const working = settings.workingDays.filter((d) => d !== settings.twentyPercentDay);
  const first = working[0] ?? settings.workingDays[0] ?? 'mon';
  return [
    {
      id: newId(),
      kind: 'standup',
      name: 'Stand-up',
      days: working.length > 0 ? working : [first],
      time: '09:30',
      minutes: 15,
    },
    { id: newId(), kind: 'planning', name: 'Sprint planning', days: [first], time: '10:00', minutes: 60 },
    { id: newId(), kind: 'demo', name: 'Demo', days: [working.at(-1) ?? first], time: '11:00', minutes: 30 },
  ];
}

export function samplePlanner(
  calendar: SampleCalendar,
  settings: Settings,
  newId: () => string,
  person: (key: SamplePersonKey) => Person,
): { rituals: Ritual[]; weeks: { key: string; plan: WeekPlan }[] } {
  return {
    rituals: rituals(settings, newId),
    weeks: calendar.weeks.map((key, index) => ({ key, plan: plannedWeek(calendar, settings, index + 1, person) })),
  };
}
