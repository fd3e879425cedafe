import { parseISO } from 'date-fns';
import { localDateOf } from '../dates';
import type { Goal, MailLogEntry, Retro, RetroNotes } from '../model/retro';
import { NOTE_SECTIONS } from '../model/retro';
import type { Weekday } from '../model/settings';
import { datesOfWeek, weekKeyOfDate } from '../week';
import { actionItems, wordCount, type ActionItem } from './noteText';

export type FeedbackNudge = 'empty' | 'thin' | null;

/**
 * "If 'went poorly' is thin, explicitly ask for negative feedback": empty, or under a
 * third of 'went well' once 'went well' has something to compare with (10+ words).
 */
export function negativeFeedbackNudge(notes: Pick<RetroNotes, 'wentWell' | 'wentPoorly'>): FeedbackNudge {
  const poorly = wordCount(notes.wentPoorly);
  const well = wordCount(notes.wentWell);
  if (poorly === 0) return 'empty';
  if (well >= 10 && poorly * 3 < well) return 'thin';
  return null;
}

export interface CarriedItem extends ActionItem {
  retroId: string;
  retroDate: string;
}

function itemsOf(retro: Retro): CarriedItem[] {
  return NOTE_SECTIONS.flatMap((section) =>
    actionItems(retro.notes[section]).map((item) => ({ ...item, retroId: retro.id, retroDate: retro.date })),
  );
}

/**
 * Whether a retro's notes were emailed: sent through SMTP (the server accepted the message),
 * or drafted, copied or opened as mailto: and then confirmed sent by the user ("I sent it",
 * recorded as a 'sent' entry of that way). A draft alone is not a mail that went out.
 */
export function notesEmailed(retro: Pick<Retro, 'mailLog'>): boolean {
  return retro.mailLog.some((m) => m.state === 'sent');
}

/** The notes left the app by a draft, a copy or mailto: but nobody has said they were sent. */
export function awaitingSentConfirmation(retro: Pick<Retro, 'mailLog'>): MailLogEntry | null {
  if (notesEmailed(retro)) return null;
  return retro.mailLog.findLast((m) => m.state === 'drafted' || m.state === 'copied') ?? null;
}

export function live(retros: Retro[]): Retro[] {
  return retros.filter((r) => r.deletedAt === null);
}

/** Retros newest first (by date, then creation). */
export function byDateDesc(retros: Retro[]): Retro[] {
  return [...retros].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * The open action items from retros held before this one: they carry over until someone
 * marks them done (in any later retro), oldest first.
 */
export function carriedOverItems(retros: Retro[], current: Pick<Retro, 'id' | 'date' | 'createdAt'>): CarriedItem[] {
  return live(retros)
    .filter(
      (r) =>
        r.id !== current.id && (r.date < current.date || (r.date === current.date && r.createdAt < current.createdAt)),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .flatMap(itemsOf)
    .filter((item) => !item.checked);
}

export function allActionItems(retros: Retro[]): CarriedItem[] {
  return live(retros).flatMap(itemsOf);
}

export interface TrendPoint {
  date: string;
  score: number;
}

/** A goal's scores over the weeks, oldest first (retros without a score for it are skipped). */
export function goalTrend(goal: Pick<Goal, 'id'>, retros: Retro[]): TrendPoint[] {
  return live(retros)
    .flatMap((r) => r.goalScores.filter((s) => s.goalId === goal.id).map((s) => ({ date: r.date, score: s.score })))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function latestScore(goal: Pick<Goal, 'id'>, retros: Retro[]): number | null {
  return goalTrend(goal, retros).at(-1)?.score ?? null;
}

/** The date of this week's retro: the retro day in the ISO week (Monday first) of `today`. */
export function retroDateForWeek(today: Date, retroDay: Weekday): string {
  return datesOfWeek(weekKeyOfDate(today))[retroDay];
}

/** The playbook's bar: at least one goal is about production adoption. */
export function hasProductionAdoptionGoal(goals: Goal[]): boolean {
  return goals.some((g) => g.productionAdoption);
}

export type RetroClock =
  | { kind: 'not-started'; late: boolean }
  | { kind: 'running'; remainingMs: number }
  | { kind: 'over'; overByMs: number };

/** The facilitation clock: a countdown from Start, and "start on time" once the slot has passed. */
export function retroClock(
  retro: Pick<Retro, 'date' | 'startedAt'>,
  now: Date,
  slot: { time: string; minutes: number },
): RetroClock {
  if (retro.startedAt === null) {
    // The meeting's moment in the local zone, where the user sits in it.
    const scheduled = parseISO(`${retro.date}T${slot.time}:00`);
    return {
      kind: 'not-started',
      late: now.getTime() > scheduled.getTime() && localDateOf(now) === retro.date,
    };
  }
  const end = new Date(retro.startedAt).getTime() + slot.minutes * 60_000;
  const remaining = end - now.getTime();
  // now - end rather than -remaining: exactly at the end that would be -0.
  return remaining > 0 ? { kind: 'running', remainingMs: remaining } : { kind: 'over', overByMs: now.getTime() - end };
}
