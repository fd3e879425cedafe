import type { DayKind, DayPlan, WeekPlan } from '../model/planner';
import { WEEKDAYS, type Settings, type Weekday } from '../model/settings';
import { datesOfWeek, type WeekKey } from '../week';

// A week's template (what an unplanned week looks like) and changes to its days.

/** An engagement's dates, inclusive. */
export interface DateRange {
  start: string;
  end: string;
}

export const OUTSIDE_ENGAGEMENT_NOTE = 'Outside the engagement’s dates.';

/**
 * A new week: each working day is pairing, except the 20% day; planned hours from the
 * settings. Days outside the engagement's dates are off with no hours, so they count for
 * nothing.
 */
export function templateWeek(key: WeekKey, settings: Settings, range: DateRange | null): WeekPlan {
  const dates = datesOfWeek(key);
  const days: WeekPlan['days'] = {};
  for (const day of WEEKDAYS) {
    if (!settings.workingDays.includes(day)) continue;
    const date = dates[day];
    const outside = range !== null && (date < range.start || date > range.end);
    days[day] = outside
      ? { kind: 'off', hours: 0, note: OUTSIDE_ENGAGEMENT_NOTE, partnerIds: [], topic: '' }
      : {
          kind: day === settings.twentyPercentDay ? 'twenty' : 'pairing',
          hours: settings.dayHours,
          note: '',
          partnerIds: [],
          topic: '',
        };
  }
  return { days };
}

/** The week as planned: what was saved, or else the template. */
export function effectiveWeek(
  stored: WeekPlan | undefined,
  key: WeekKey,
  settings: Settings,
  range: DateRange | null,
): WeekPlan {
  return stored ?? templateWeek(key, settings, range);
}

export interface PlannedDay {
  day: Weekday;
  date: string;
  plan: DayPlan;
}

/** The week's days in calendar order, with their dates. */
export function daysOf(plan: WeekPlan, key: WeekKey): PlannedDay[] {
  const dates = datesOfWeek(key);
  return WEEKDAYS.flatMap((day) => {
    const dayPlan = plan.days[day];
    return dayPlan ? [{ day, date: dates[day], plan: dayPlan }] : [];
  });
}

export function updateDay(plan: WeekPlan, day: Weekday, patch: Partial<DayPlan>): WeekPlan {
  const current = plan.days[day];
  if (!current) return plan;
  return { days: { ...plan.days, [day]: { ...current, ...patch } } };
}

/**
 * Changes a day's kind. A day that had no hours (outside the engagement) gets the
 * default hours when it becomes a working day again; the pairing log is kept.
 */
export function setDayKind(plan: WeekPlan, day: Weekday, kind: DayKind, settings: Settings): WeekPlan {
  const current = plan.days[day];
  if (!current) return plan;
  const hours = kind !== 'off' && current.hours === 0 ? settings.dayHours : current.hours;
  const note = current.note === OUTSIDE_ENGAGEMENT_NOTE && kind !== 'off' ? '' : current.note;
  return updateDay(plan, day, { kind, hours, note });
}
