import { daysBetween, formatDisplayDate, isIsoDate } from '../dates';
import { checkInDate } from '../keyDates/dueDates';
import type { Engagement } from '../model/engagement';
import { MILESTONE_KIND_LABELS, type MilestoneKind, type ProjectSection } from '../model/projectRetro';
import { NOTE_SECTIONS, type Goal, type Retro } from '../model/retro';
import { actionItems, wordCount } from '../retro/noteText';
import { goalTrend, live, type TrendPoint } from '../retro/rules';

export type TimelineKind =
  | 'start'
  | 'milestone'
  | 'mvp-target'
  | 'retro'
  | 'project-retro'
  | 'actions-created'
  | 'actions-closed'
  | 'end'
  | 'check-in';

/** The horizontal band an item is drawn in. */
export type TimelineLane = 'milestones' | 'retros' | 'actions';

/** What opening an item shows. */
export type TimelineTarget =
  | { kind: 'retro'; retroId: string }
  | { kind: 'milestone'; milestoneId: string }
  | { kind: 'project-retro' }
  | { kind: 'engagement' };

export interface TimelineItem {
  /** Unique and stable across rebuilds (keys, focus). */
  id: string;
  date: string;
  kind: TimelineKind;
  lane: TimelineLane;
  /** Short text drawn beside the marker. */
  label: string;
  /** The screen-reader label: kind, date and what matters ("Retro, 5 Mar 2026, goals 62%, went poorly empty"). */
  description: string;
  target: TimelineTarget;
  /** Position among the items of the same lane on the same date (0 first), for stacking. */
  stack: number;
  milestoneKind?: MilestoneKind;
  /** Retros: the average of the goal scores, null when none were scored. */
  averageScore?: number | null;
  /** Retros: nothing was written under "went poorly". */
  wentPoorlyEmpty?: boolean;
  /** Action items: how many were created or closed that day. */
  count?: number;
}

export interface GoalTrendLine {
  goalId: string;
  title: string;
  points: TrendPoint[];
}

export interface Timeline {
  start: string;
  end: string;
  checkIn: string;
  /** The axis runs from `from` to `to`: start to check-in, widened to fit every item. */
  from: string;
  to: string;
  /** In date order; the same day in a fixed order of kinds (start first, check-in last). */
  items: TimelineItem[];
  trends: GoalTrendLine[];
  mvp: { target: string | null; live: string | null; daysLate: number | null };
}

export interface TimelineInput {
  engagement: Pick<Engagement, 'startDate' | 'endDate'>;
  goals: Goal[];
  retros: Retro[];
  project: ProjectSection;
  /** The day the three-month check-in was held (Wrap-up), if it was. */
  checkInHeldOn?: string | null;
}

const KIND_ORDER: Record<TimelineKind, number> = {
  start: 0,
  milestone: 1,
  'mvp-target': 2,
  retro: 3,
  'project-retro': 4,
  'actions-created': 5,
  'actions-closed': 6,
  end: 7,
  'check-in': 8,
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function averageOf(retro: Retro): number | null {
  if (retro.goalScores.length === 0) return null;
  return Math.round(retro.goalScores.reduce((sum, s) => sum + s.score, 0) / retro.goalScores.length);
}

/** An item before it is placed among the others on its date. */
type Unstacked = Omit<TimelineItem, 'stack'>;

function retroItem(retro: Retro): Unstacked {
  const averageScore = averageOf(retro);
  const wentPoorlyEmpty = wordCount(retro.notes.wentPoorly) === 0;
  const parts = [
    'Retro',
    formatDisplayDate(retro.date),
    averageScore === null ? 'goals not scored' : `goals ${averageScore}%`,
    ...(wentPoorlyEmpty ? ['went poorly empty'] : []),
  ];
  return {
    id: `retro:${retro.id}`,
    date: retro.date,
    kind: 'retro',
    lane: 'retros',
    label: averageScore === null ? 'Retro' : `${averageScore}%`,
    description: parts.join(', '),
    target: { kind: 'retro', retroId: retro.id },
    averageScore,
    wentPoorlyEmpty,
  };
}

function summarizeTexts(texts: string[]): string {
  const shown = texts.slice(0, 3).map((t) => t || 'untitled');
  const more = texts.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** Per retro: the action items written in it, and those closed since, grouped by the day they were closed. */
function actionItemsOf(retro: Retro): Unstacked[] {
  const items = NOTE_SECTIONS.flatMap((section) => actionItems(retro.notes[section]));
  if (items.length === 0) return [];
  const out: Unstacked[] = [
    {
      id: `actions-created:${retro.id}`,
      date: retro.date,
      kind: 'actions-created',
      lane: 'actions',
      label: `+${items.length}`,
      description: `${plural(items.length, 'action item', 'action items')} created, ${formatDisplayDate(retro.date)}: ${summarizeTexts(items.map((i) => i.text))}`,
      target: { kind: 'retro', retroId: retro.id },
      count: items.length,
    },
  ];
  const closedByDay = new Map<string, string[]>();
  for (const item of items) {
    // Items closed before the closing day was recorded have no date: they are not placed.
    if (!item.checked || !item.closedOn || !isIsoDate(item.closedOn)) continue;
    closedByDay.set(item.closedOn, [...(closedByDay.get(item.closedOn) ?? []), item.text]);
  }
  for (const [day, texts] of closedByDay) {
    out.push({
      id: `actions-closed:${retro.id}:${day}`,
      date: day,
      kind: 'actions-closed',
      lane: 'actions',
      label: `✓${texts.length}`,
      description: `${plural(texts.length, 'action item', 'action items')} closed, ${formatDisplayDate(day)}: ${summarizeTexts(texts)}`,
      target: { kind: 'retro', retroId: retro.id },
      count: texts.length,
    });
  }
  return out;
}

function relativeToTarget(live: string, target: string): string {
  const late = daysBetween(target, live);
  if (late === 0) return 'on the target date';
  const days = plural(Math.abs(late), 'day', 'days');
  return late > 0 ? `${days} after the target` : `${days} before the target`;
}

/** The start, the end and the three-month check-in (with when it was held). */
function engagementDateItems(start: string, end: string, checkIn: string, checkInHeldOn: string | null): Unstacked[] {
  return [
    {
      id: 'start',
      date: start,
      kind: 'start',
      lane: 'milestones',
      label: 'Start',
      description: `Engagement start, ${formatDisplayDate(start)}`,
      target: { kind: 'engagement' },
    },
    {
      id: 'end',
      date: end,
      kind: 'end',
      lane: 'milestones',
      label: 'End',
      description: `Engagement end, ${formatDisplayDate(end)}`,
      target: { kind: 'engagement' },
    },
    {
      id: 'check-in',
      date: checkIn,
      kind: 'check-in',
      lane: 'milestones',
      label: 'Check-in',
      description: checkInHeldOn
        ? `Three-month check-in, held ${formatDisplayDate(checkInHeldOn)} (due ${formatDisplayDate(checkIn)})`
        : `Three-month check-in, ${formatDisplayDate(checkIn)}`,
      target: { kind: 'engagement' },
    },
  ];
}

/** The milestones, the first "MVP in production" against the target, and the MVP target itself. */
function milestoneItems(project: ProjectSection, mvpLive: string | null): Unstacked[] {
  const mvpTarget = project.mvpTargetDate;
  const milestones = project.milestones.map((m): Unstacked => {
    const kindLabel = MILESTONE_KIND_LABELS[m.kind];
    const versus =
      m.kind === 'mvp-in-production' && m.date === mvpLive && mvpTarget
        ? `, ${relativeToTarget(m.date, mvpTarget)}`
        : '';
    const titled = m.title === kindLabel ? kindLabel : `${kindLabel}: ${m.title}`;
    return {
      id: `milestone:${m.id}`,
      date: m.date,
      kind: 'milestone',
      lane: 'milestones',
      label: m.title,
      description: `${titled}, ${formatDisplayDate(m.date)}${versus}`,
      target: { kind: 'milestone', milestoneId: m.id },
      milestoneKind: m.kind,
    };
  });
  if (!mvpTarget) return milestones;
  const target: Unstacked = {
    id: 'mvp-target',
    date: mvpTarget,
    kind: 'mvp-target',
    lane: 'milestones',
    label: 'MVP target',
    description: `MVP target date, ${formatDisplayDate(mvpTarget)}${mvpLive ? `, MVP in production ${formatDisplayDate(mvpLive)}` : ', MVP not in production yet'}`,
    target: { kind: 'engagement' },
  };
  return [...milestones, target];
}

function projectRetroItems(project: ProjectSection): Unstacked[] {
  const date = project.retro.date;
  if (!date) return [];
  return [
    {
      id: 'project-retro',
      date,
      kind: 'project-retro',
      lane: 'retros',
      label: 'Project retro',
      description: `Project retro, ${formatDisplayDate(date)}`,
      target: { kind: 'project-retro' },
    },
  ];
}

/** In date order (then kind, label, id), each numbered among its lane's items on its date. */
function stacked(raw: Unstacked[]): TimelineItem[] {
  const sorted = raw
    .filter((item) => isIsoDate(item.date))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.label.localeCompare(b.label) ||
        a.id.localeCompare(b.id),
    );
  const seen = new Map<string, number>();
  return sorted.map((item): TimelineItem => {
    const key = `${item.lane}|${item.date}`;
    const stack = seen.get(key) ?? 0;
    seen.set(key, stack + 1);
    return { ...item, stack };
  });
}

/**
 * Everything that happened in an engagement, on one axis: start, milestones, the MVP
 * target, weekly retros (average goal score, "went poorly" empty), action items created
 * and closed, the project retro, the end and the three-month check-in; plus each goal's
 * scores over time. Items whose date is missing or invalid are left out.
 */
export function buildTimeline({ engagement, goals, retros, project, checkInHeldOn = null }: TimelineInput): Timeline {
  const start = engagement.startDate;
  const end = engagement.endDate;
  const checkIn = checkInDate(end);
  const liveRetros = live(retros);
  const mvpLive =
    project.milestones
      .filter((m) => m.kind === 'mvp-in-production')
      .map((m) => m.date)
      .sort()[0] ?? null;
  const mvpTarget = project.mvpTargetDate;
  const items = stacked([
    ...engagementDateItems(start, end, checkIn, checkInHeldOn),
    ...milestoneItems(project, mvpLive),
    ...liveRetros.map(retroItem),
    ...liveRetros.flatMap(actionItemsOf),
    ...projectRetroItems(project),
  ]);
  const dates = items.map((i) => i.date);
  const from = [start, ...dates].reduce((a, b) => (b < a ? b : a));
  const to = [checkIn, ...dates].reduce((a, b) => (b > a ? b : a));
  const trends = goals.map((goal) => ({ goalId: goal.id, title: goal.title, points: goalTrend(goal, liveRetros) }));
  return {
    start,
    end,
    checkIn,
    from,
    to,
    items,
    trends,
    mvp: { target: mvpTarget, live: mvpLive, daysLate: mvpTarget && mvpLive ? daysBetween(mvpTarget, mvpLive) : null },
  };
}
