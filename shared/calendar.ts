import type { Person } from './model/engagement';
import type { Ritual, WeekPlan } from './model/planner';
import type { Settings, Weekday } from './model/settings';
import { daysOf, formatHours, type DateRange } from './planner';
import { addDaysIso } from './dates';
import { weekdayOf, type WeekKey } from './week';

/**
 * A week as calendar events, before any file format: main turns these into an .ics file.
 * UIDs depend only on what an event is (a day of a scope, a ritual on a date, an
 * engagement's retro), never on its contents, so importing a later export updates the
 * events of an earlier one instead of adding copies.
 */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  /** Local calendar date and wall-clock start, in the user's time zone. */
  date: string;
  start: string;
  minutes: number;
  busy: 'BUSY' | 'OOF';
  categories: string[];
  /** A weekly event: on these days, until this date (inclusive). */
  weekly?: { days: Weekday[]; until: string };
}

export type ExportScope =
  | { kind: 'plain' }
  | { kind: 'engagement'; id: string; name: string; hostTeam: string; range: DateRange; people: Person[] };

export interface WeekExportInput {
  key: WeekKey;
  plan: WeekPlan;
  settings: Settings;
  scope: ExportScope;
  /** The engagement's rituals (the weekly retro included); none for a plain week. */
  rituals: readonly Ritual[];
}

const UID_DOMAIN = 'aux-desk.local';

function dayUid(scope: ExportScope, date: string): string {
  return `day-${scope.kind === 'engagement' ? scope.id : 'plain'}-${date}@${UID_DOMAIN}`;
}

function ritualUid(ritual: Ritual, scope: ExportScope & { kind: 'engagement' }, date: string): string {
  return `ritual-${scope.id}-${ritual.id}-${date}@${UID_DOMAIN}`;
}

function retroUid(engagementId: string): string {
  return `retro-${engagementId}@${UID_DOMAIN}`;
}

function joinLines(...lines: string[]): string {
  return lines.filter((l) => l.trim() !== '').join('\n');
}

/** The first date on or after `from` that falls on one of `days`. */
function firstOccurrence(from: string, days: readonly Weekday[]): string | null {
  if (days.length === 0) return null;
  for (let i = 0; i < 7; i++) {
    const date = addDaysIso(from, i);
    if (days.includes(weekdayOf(date))) return date;
  }
  return null;
}

export function weekCalendarEvents(input: WeekExportInput): CalendarEvent[] {
  const { key, plan, settings, scope, rituals } = input;
  const team = scope.kind === 'engagement' ? scope.hostTeam || scope.name : '';
  const names = new Map(scope.kind === 'engagement' ? scope.people.map((p) => [p.id, p.name]) : []);
  const events: CalendarEvent[] = [];

  for (const { date, plan: day } of daysOf(plan, key)) {
    if (day.hours <= 0) continue;
    const base = { uid: dayUid(scope, date), date, start: settings.dayStart, minutes: Math.round(day.hours * 60) };
    switch (day.kind) {
      case 'pairing': {
        const partners = day.partnerIds.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
        const withWhom = partners.length > 0 ? partners.join(', ') : team || 'the host team';
        events.push({
          ...base,
          title: `Pairing with ${withWhom}${partners.length > 0 && team ? ` (${team})` : ''}`,
          description: joinLines(day.topic ? `On: ${day.topic}` : '', day.note, `Planned: ${formatHours(day.hours)}`),
          busy: 'BUSY',
          categories: ['Pairing'],
        });
        break;
      }
      case 'twenty':
        events.push({
          ...base,
          title: '20% time (protected)',
          description: joinLines(day.note, 'Notes, the home team, docs, admin, taking feedback home.'),
          busy: 'BUSY',
          categories: ['20% time'],
        });
        break;
      case 'off':
        events.push({
          ...base,
          title: day.note ? `Off: ${day.note.split('\n')[0] ?? ''}` : 'Off',
          description: day.note,
          busy: 'OOF',
          categories: ['Off'],
        });
        break;
    }
  }

  if (scope.kind !== 'engagement') return events;

  for (const ritual of rituals) {
    if (ritual.kind === 'retro') continue;
    for (const { day, date, plan: dayPlan } of daysOf(plan, key)) {
      if (!ritual.days.includes(day) || dayPlan.kind === 'off') continue;
      events.push({
        uid: ritualUid(ritual, scope, date),
        title: team ? `${ritual.name} (${team})` : ritual.name,
        description: `A ${scope.name} ritual, planned in Aux Desk.`,
        date,
        start: ritual.time,
        minutes: ritual.minutes,
        busy: 'BUSY',
        categories: ['Ritual'],
      });
    }
  }

  const retro = rituals.find((r) => r.kind === 'retro');
  const first = retro ? firstOccurrence(scope.range.start, retro.days) : null;
  if (retro && first && first <= scope.range.end) {
    events.push({
      uid: retroUid(scope.id),
      title: team ? `${retro.name} (${team})` : retro.name,
      description: joinLines(
        'Same time every week, held even when nothing happened; starts on time, ends early.',
        'Before it: score the goals and metrics sheet. Topics: went well, went poorly, do next time.',
        'Afterwards: email the notes to everyone who came.',
      ),
      date: first,
      start: retro.time,
      minutes: retro.minutes,
      busy: 'BUSY',
      categories: ['Ritual', 'Retro'],
      weekly: { days: retro.days, until: scope.range.end },
    });
  }
  return events;
}
