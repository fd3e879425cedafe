import type { Ritual, WeekPlan } from '../model/planner';
import { WEEKDAY_LABELS, WEEKDAYS, type Settings, type Weekday } from '../model/settings';
import type { WeekKey } from '../week';
import { formatMinutes, ritualsOn } from './rituals';
import { daysOf } from './template';
import { pairingShare, percent, weekTotals, type Totals } from './totals';

export type WarningKind =
  'share-below-target' | 'twenty-day-pairing' | 'ritual-on-twenty-day' | 'no-partner' | 'same-partner';

export interface PlannerWarning {
  kind: WarningKind;
  message: string;
  day?: Weekday;
}

/**
 * The days of this week that are protected 20% time: the ones marked 20%, and the 20%
 * day from the settings unless it is a day off.
 */
export function protectedDays(plan: WeekPlan, settings: Settings): Set<Weekday> {
  const days = new Set<Weekday>();
  for (const day of WEEKDAYS) {
    const planned = plan.days[day];
    if (!planned) continue;
    if (planned.kind === 'twenty') days.add(day);
    if (day === settings.twentyPercentDay && planned.kind !== 'off') days.add(day);
  }
  return days;
}

export interface WeekWarningInput {
  key: WeekKey;
  plan: WeekPlan;
  settings: Settings;
  /** The engagement's rituals; none for a plain week. */
  rituals: readonly Ritual[];
  /** Today, YYYY-MM-DD: days after it cannot have a partner logged yet. */
  today: string;
  /** Partner logging applies to engagement weeks only. */
  logsPartners: boolean;
}

export function shareWarning(totals: Totals, target: number, what: string): PlannerWarning | null {
  const share = pairingShare(totals);
  if (share === null || percent(share) >= target) return null;
  return {
    kind: 'share-below-target',
    message: `Pairing is ${percent(share)}% of ${what} working hours, under your ${target}% target.`,
  };
}

export function weekWarnings(input: WeekWarningInput): PlannerWarning[] {
  const { key, plan, settings, rituals, today, logsPartners } = input;
  const warnings: PlannerWarning[] = [];
  const share = shareWarning(weekTotals(plan), settings.pairingTarget, 'this week’s');
  if (share) warnings.push(share);

  const twentyDay = settings.twentyPercentDay;
  if (plan.days[twentyDay]?.kind === 'pairing') {
    warnings.push({
      kind: 'twenty-day-pairing',
      day: twentyDay,
      message: `${WEEKDAY_LABELS[twentyDay]} is your protected 20% day, but it is marked as pairing.`,
    });
  }

  const guarded = protectedDays(plan, settings);
  for (const day of WEEKDAYS) {
    if (!guarded.has(day)) continue;
    for (const ritual of ritualsOn(rituals, day)) {
      warnings.push({
        kind: 'ritual-on-twenty-day',
        day,
        message: `${ritual.name} (${ritual.time}, ${formatMinutes(ritual.minutes)}) falls on ${WEEKDAY_LABELS[day]}, your 20% day.`,
      });
    }
  }

  if (logsPartners) {
    for (const { day, date, plan: dayPlan } of daysOf(plan, key)) {
      if (dayPlan.kind === 'pairing' && dayPlan.hours > 0 && date <= today && dayPlan.partnerIds.length === 0) {
        warnings.push({
          kind: 'no-partner',
          day,
          message: `${WEEKDAY_LABELS[day]}: a pairing day with no partner logged.`,
        });
      }
    }
  }
  return warnings;
}
