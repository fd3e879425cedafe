import { daysBetween, formatDisplayDate } from '../dates';
import type { Engagement, EngagementStatus } from '../model/engagement';

/** The playbook's phases in order, as the Overview's stepper shows them ("ended early" is off the path). */
export const PHASES = ['sourcing', 'planning', 'active', 'wrapping-up', 'done'] as const;
export type Phase = (typeof PHASES)[number];

/** Where an engagement is on the path: its phase's index, or null once it ended early. */
export function phaseIndex(status: EngagementStatus): number | null {
  const index = PHASES.indexOf(status as Phase);
  return index === -1 ? null : index;
}

/** A change of status the dates call for: the start date has arrived, or the end date has passed. */
export interface StatusPrompt {
  to: 'active' | 'wrapping-up';
  /** The button: "Start the engagement", "Move to Wrapping up". */
  label: string;
  /** Why, in a sentence. */
  reason: string;
  /** What the engagement list shows beside the status. */
  short: string;
}

type Dated = Pick<Engagement, 'status' | 'startDate' | 'endDate'>;

/**
 * The status stays what the user set (it is theirs to change, and an engagement may start
 * late); the dates only prompt. A plan whose start date has come offers to start; one that
 * is planned or active after its last day (`endDate` is the last day) offers to wrap up.
 * A candidate (sourcing) is promoted by the fit check, never by its dates.
 */
export function statusPrompt(e: Dated, today: string): StatusPrompt | null {
  if (e.status !== 'planning' && e.status !== 'active') return null;
  if (today > e.endDate) {
    return {
      to: 'wrapping-up',
      label: 'Move to Wrapping up',
      reason: `It ended on ${formatDisplayDate(e.endDate)}: time for the project retro and the NPS survey.`,
      short: `Ended ${formatDisplayDate(e.endDate)}: needs wrapping up`,
    };
  }
  if (e.status === 'planning' && today >= e.startDate) {
    const started = today === e.startDate ? 'starts today' : `started on ${formatDisplayDate(e.startDate)}`;
    return {
      to: 'active',
      label: 'Start the engagement',
      reason: `It ${started}: mark it active and plan the first week.`,
      short: today === e.startDate ? 'Starts today' : `Due to start since ${formatDisplayDate(e.startDate)}`,
    };
  }
  return null;
}

/**
 * The engagement's length in weeks, as people count them: Monday 5 Jan to Monday 16 Mar (the
 * default ten weeks) and Monday 5 Jan to Friday 13 Mar are both ten; never less than one.
 */
export function weekCount(startDate: string, endDate: string): number {
  return Math.max(1, Math.round((daysBetween(startDate, endDate) + 1) / 7));
}

/** Where today falls: days before the start, week `n` of the engagement, or days after the end. */
export type WeekIn =
  { kind: 'before'; days: number } | { kind: 'during'; week: number; of: number } | { kind: 'after'; days: number };

export function weekIn(e: Pick<Engagement, 'startDate' | 'endDate'>, today: string): WeekIn {
  if (today < e.startDate) return { kind: 'before', days: daysBetween(today, e.startDate) };
  if (today > e.endDate) return { kind: 'after', days: daysBetween(e.endDate, today) };
  const of = weekCount(e.startDate, e.endDate);
  return { kind: 'during', week: Math.min(of, Math.floor(daysBetween(e.startDate, today) / 7) + 1), of };
}
