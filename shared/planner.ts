import type { EngagementSummary, Person, PersonRole } from './model/engagement';
import {
  RETRO_RITUAL_ID,
  type DayKind,
  type DayPlan,
  type PlannerSection,
  type Ritual,
  type WeekPlan,
} from './model/planner';
import { WEEKDAY_LABELS, WEEKDAYS, type Settings, type Weekday } from './model/settings';
import { compareWeekKeys, datesOfWeek, weekKeyOf, weekRange, type WeekKey } from './week';

/**
 * The planner's pure logic: templates, hours and shares, warnings, the pairing summary
 * and which engagement a week belongs to. No I/O: main and renderer both use it.
 */

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

// ---------------------------------------------------------------------------------------
// Rituals

export function defaultRetro(settings: Settings): Ritual {
  return {
    id: RETRO_RITUAL_ID,
    kind: 'retro',
    name: 'Weekly retro',
    days: [settings.retroDay],
    time: settings.retroTime,
    minutes: settings.retroMinutes,
  };
}

/** The engagement's rituals: the weekly retro first (from the settings until edited), then the rest by time. */
export function effectiveRituals(stored: readonly Ritual[], settings: Settings): Ritual[] {
  const retro = stored.find((r) => r.kind === 'retro') ?? defaultRetro(settings);
  const others = stored.filter((r) => r.kind !== 'retro');
  return [retro, ...others.sort((a, b) => a.time.localeCompare(b.time) || a.name.localeCompare(b.name))];
}

export function ritualsOn(rituals: readonly Ritual[], day: Weekday): Ritual[] {
  return rituals.filter((r) => r.days.includes(day)).sort((a, b) => a.time.localeCompare(b.time));
}

/** Minutes since midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function formatDays(days: readonly Weekday[]): string {
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  if (ordered.length === 5 && ordered.every((d, i) => d === WEEKDAYS[i])) return 'Monday to Friday';
  return ordered.map((d) => WEEKDAY_LABELS[d]).join(', ');
}

// ---------------------------------------------------------------------------------------
// Hours and the 80/20 share

export interface Totals {
  pairing: number;
  twenty: number;
  off: number;
}

export const ZERO_TOTALS: Totals = { pairing: 0, twenty: 0, off: 0 };

export function weekTotals(plan: WeekPlan): Totals {
  const totals = { ...ZERO_TOTALS };
  for (const day of Object.values(plan.days)) totals[day.kind] += day.hours;
  return totals;
}

export function addTotals(a: Totals, b: Totals): Totals {
  return { pairing: a.pairing + b.pairing, twenty: a.twenty + b.twenty, off: a.off + b.off };
}

/**
 * The share of working hours (pairing + 20% time) spent pairing, 0–1; null when there
 * are no working hours at all (a week off). Hours off do not count either way.
 */
export function pairingShare(totals: Totals): number | null {
  const working = totals.pairing + totals.twenty;
  return working === 0 ? null : totals.pairing / working;
}

export function percent(share: number): number {
  return Math.round(share * 100);
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} h`;
}

/**
 * The engagement so far: every week from its first to the current one (or its last,
 * once it is over), as planned. Null before the engagement starts.
 */
export function engagementTotals(
  section: PlannerSection,
  range: DateRange,
  settings: Settings,
  today: string,
): { totals: Totals; weeks: number } | null {
  if (today < range.start) return null;
  const first = weekKeyOf(range.start);
  const current = weekKeyOf(today);
  const last = weekKeyOf(range.end);
  const until = compareWeekKeys(current, last) < 0 ? current : last;
  const weeks = weekRange(first, until);
  const totals = weeks.reduce(
    (sum, key) => addTotals(sum, weekTotals(effectiveWeek(section.weeks[key], key, settings, range))),
    ZERO_TOTALS,
  );
  return { totals, weeks: weeks.length };
}

// ---------------------------------------------------------------------------------------
// Warnings

export type WarningKind =
  | 'share-below-target'
  | 'twenty-day-pairing'
  | 'ritual-on-twenty-day'
  | 'no-partner'
  | 'same-partner';

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

// ---------------------------------------------------------------------------------------
// Pairing log summary

/** The host team: the people an aux engineer pairs with. */
export const HOST_TEAM_ROLES: readonly PersonRole[] = ['host-developer', 'tech-lead', 'host-pm', 'manager'];

export function pairingCandidates(people: readonly Person[]): Person[] {
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
      return { personId: id, name: person?.name ?? 'Removed person', role: person?.role ?? null, days: counts.get(id) ?? 0 };
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

// ---------------------------------------------------------------------------------------
// Which engagement a week belongs to

/** Statuses whose engagements plan weeks: not sourcing (nothing is committed yet). */
function plansWeeks(summary: EngagementSummary): boolean {
  return summary.status !== 'sourcing';
}

export function overlapsWeek(range: DateRange, key: WeekKey): boolean {
  const dates = datesOfWeek(key);
  return range.start <= dates.sun && range.end >= dates.mon;
}

export type WeekOwner =
  | { kind: 'engagement'; id: string }
  | { kind: 'plain' }
  | { kind: 'choose'; candidates: EngagementSummary[] };

/**
 * The engagement whose week this is: the one chosen, else the only one running that
 * week, else the only active one; several candidates ask the user; none make it a plain week.
 */
export function resolveWeekOwner(
  summaries: readonly EngagementSummary[],
  key: WeekKey,
  chosenId: string | null,
): WeekOwner {
  const candidates = summaries.filter(
    (s) => plansWeeks(s) && overlapsWeek({ start: s.startDate, end: s.endDate }, key),
  );
  if (chosenId !== null && candidates.some((c) => c.id === chosenId)) return { kind: 'engagement', id: chosenId };
  const [only] = candidates;
  if (!only) return { kind: 'plain' };
  if (candidates.length === 1) return { kind: 'engagement', id: only.id };
  const active = candidates.filter((c) => c.status === 'active');
  const [onlyActive] = active;
  if (onlyActive && active.length === 1) return { kind: 'engagement', id: onlyActive.id };
  return { kind: 'choose', candidates };
}
