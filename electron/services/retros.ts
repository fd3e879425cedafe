import { formatDisplayDate, localDateOf } from '../../shared/dates';
import type { Engagement } from '../../shared/model/engagement';
import type { EngagementFile } from '../../shared/model/files';
import type { NoteDoc } from '../../shared/model/note';
import { emptyNote } from '../../shared/model/note';
import type {
  Goal,
  GoalInput,
  MailLogEntry,
  NoteSection,
  Retro,
  RetroPatch,
  RetroSection,
} from '../../shared/model/retro';
import { MAX_GOALS, MAX_RETROS, NOTE_SECTIONS } from '../../shared/model/retro';
import { withActionItemChecked } from '../../shared/retro/noteText';
import { ensureRoom } from './caps';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import type { HandlersFor } from './router';

const GOALS_FULL = `An engagement has at most ${MAX_GOALS} goals: delete one to add another.`;

export interface RetroServiceDeps {
  engagements: EngagementRepository;
  now: () => Date;
  newId: () => string;
}

/**
 * Goals and weekly retros, kept in the engagement's own file (so saving a retro rewrites
 * only that engagement's file, coalesced by the write queue).
 */
export class RetroService {
  constructor(private readonly deps: RetroServiceDeps) {}

  /** The goals and retros, as a copy (of this section only, not the whole engagement file). */
  section(engagementId: string): RetroSection {
    return structuredClone(this.#read(engagementId));
  }

  /** The section in memory, for reading: never edited in place (see EngagementRepository.readDoc). */
  #read(engagementId: string): Readonly<RetroSection> {
    return this.deps.engagements.readDoc(engagementId).retro;
  }

  saveGoal(engagementId: string, goalId: string | null, input: GoalInput): Goal {
    const goals = this.#read(engagementId).goals;
    let saved: Goal;
    if (goalId === null) {
      saved = { ...input, id: this.deps.newId(), createdAt: this.deps.now().toISOString() };
    } else {
      const existing = goals.find((g) => g.id === goalId);
      if (!existing) throw new AppError('not-found', 'That goal no longer exists.');
      saved = { ...existing, ...input };
    }
    this.#mutate(engagementId, (section) => {
      if (goalId === null) ensureRoom(section.goals, MAX_GOALS, GOALS_FULL);
      return {
        ...section,
        goals: goalId === null ? [...section.goals, saved] : section.goals.map((g) => (g.id === goalId ? saved : g)),
      };
    });
    return saved;
  }

  /** Removes a goal (its past scores stay in the retros); returns it so Undo can put it back. */
  deleteGoal(engagementId: string, goalId: string): { goal: Goal; index: number } {
    const goals = this.#read(engagementId).goals;
    const index = goals.findIndex((g) => g.id === goalId);
    const goal = goals[index];
    if (!goal) throw new AppError('not-found', 'That goal no longer exists.');
    this.#mutate(engagementId, (section) => ({ ...section, goals: section.goals.filter((g) => g.id !== goalId) }));
    return { goal, index };
  }

  restoreGoal(engagementId: string, goal: Goal, index: number): Goal {
    this.#mutate(engagementId, (section) => {
      if (section.goals.some((g) => g.id === goal.id)) return section;
      ensureRoom(section.goals, MAX_GOALS, GOALS_FULL);
      const goals = [...section.goals];
      goals.splice(Math.min(index, goals.length), 0, goal);
      return { ...section, goals };
    });
    return goal;
  }

  /** A new retro, pre-filled: the engagement's people as attendees, empty notes. */
  createRetro(engagementId: string, date: string): Retro {
    const stamp = this.deps.now().toISOString();
    const engagement = this.deps.engagements.get(engagementId);
    assertWithinEngagement(engagement, date);
    const retro: Retro = {
      id: this.deps.newId(),
      date,
      attendees: attendeesOf(engagement),
      goalScores: [],
      notes: { wentWell: emptyNote(), wentPoorly: emptyNote(), doNextTime: emptyNote(), notes: emptyNote() },
      mvpStatus: '',
      startedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      mailLog: [],
    };
    this.#mutate(engagementId, (section) => {
      ensureRoom(
        section.retros,
        MAX_RETROS,
        `An engagement keeps at most ${MAX_RETROS} retros, deleted ones included.`,
      );
      return { ...section, retros: [...section.retros, retro] };
    });
    return retro;
  }

  updateRetro(engagementId: string, retroId: string, patch: RetroPatch): Retro {
    return this.#mutateRetro(engagementId, retroId, (retro) => {
      const next: Retro = { ...retro };
      if (patch.date !== undefined) {
        assertWithinEngagement(this.deps.engagements.get(engagementId), patch.date);
        next.date = patch.date;
      }
      if (patch.attendees !== undefined) next.attendees = patch.attendees;
      if (patch.goalScores !== undefined) next.goalScores = patch.goalScores;
      if (patch.mvpStatus !== undefined) next.mvpStatus = patch.mvpStatus;
      if (patch.startedAt !== undefined) next.startedAt = patch.startedAt;
      return next;
    });
  }

  saveNote(engagementId: string, retroId: string, section: NoteSection, doc: NoteDoc): Retro {
    return this.#mutateRetro(engagementId, retroId, (retro) => ({
      ...retro,
      notes: { ...retro.notes, [section]: doc },
    }));
  }

  /** Marks an action item done or open in the retro it was written in (from any later retro). */
  setActionItemDone(engagementId: string, retroId: string, itemId: string, done: boolean): Retro {
    return this.#mutateRetro(engagementId, retroId, (retro) => {
      for (const section of NOTE_SECTIONS) {
        const changed = withActionItemChecked(retro.notes[section], itemId, done, localDateOf(this.deps.now()));
        if (changed) return { ...retro, notes: { ...retro.notes, [section]: changed } };
      }
      throw new AppError('not-found', 'That action item no longer exists in its retro.');
    });
  }

  /** Records that the notes were sent, drafted or copied (and, later, how an SMTP send went). */
  recordMail(engagementId: string, retroId: string, entry: MailLogEntry): Retro {
    return this.#mutateRetro(engagementId, retroId, (retro) => ({
      ...retro,
      mailLog: [...retro.mailLog, entry].slice(-500),
    }));
  }

  /** Updates the log entry of an outbox message when its state changes. */
  updateMailState(engagementId: string, retroId: string, outboxId: string, state: MailLogEntry['state']): void {
    const retro = this.#read(engagementId).retros.find((r) => r.id === retroId);
    if (!retro?.mailLog.some((e) => e.outboxId === outboxId)) return;
    this.#mutateRetro(
      engagementId,
      retroId,
      (r) => ({ ...r, mailLog: r.mailLog.map((e) => (e.outboxId === outboxId ? { ...e, state } : e)) }),
      true,
    );
  }

  deleteRetro(engagementId: string, retroId: string): Retro {
    return this.#mutateRetro(
      engagementId,
      retroId,
      (retro) => ({ ...retro, deletedAt: this.deps.now().toISOString() }),
      true,
    );
  }

  restoreRetro(engagementId: string, retroId: string): Retro {
    return this.#mutateRetro(engagementId, retroId, (retro) => ({ ...retro, deletedAt: null }), true);
  }

  #mutate(engagementId: string, change: (section: RetroSection) => RetroSection): EngagementFile {
    return this.deps.engagements.mutateDoc(engagementId, (doc) => ({ ...doc, retro: change(doc.retro) }));
  }

  #mutateRetro(engagementId: string, retroId: string, change: (retro: Retro) => Retro, includeDeleted = false): Retro {
    const retro = this.#read(engagementId).retros.find((r) => r.id === retroId);
    if (!retro) throw new AppError('not-found', 'That retro no longer exists.');
    if (retro.deletedAt !== null && !includeDeleted) throw new AppError('not-found', 'That retro was deleted.');
    const next: Retro = { ...change(retro), updatedAt: this.deps.now().toISOString() };
    this.#mutate(engagementId, (section) => ({
      ...section,
      retros: section.retros.map((r) => (r.id === retroId ? next : r)),
    }));
    return next;
  }
}

function attendeesOf(engagement: Engagement): Retro['attendees'] {
  return engagement.people.map((p) => ({ personId: p.id, name: p.name, email: p.email }));
}

/** Weekly retros are held while the engagement runs (home and the calendar export say so too). */
function assertWithinEngagement(engagement: Pick<Engagement, 'startDate' | 'endDate'>, date: string): void {
  if (date < engagement.startDate || date > engagement.endDate) {
    throw new AppError(
      'invalid-payload',
      `A retro must fall within the engagement: ${formatDisplayDate(engagement.startDate)} to ${formatDisplayDate(engagement.endDate)}.`,
    );
  }
}

/** The retros:* and goals:* channels. */
export function retroHandlers(retros: RetroService): HandlersFor<'retros' | 'goals'> {
  return {
    'retros:list': ({ engagementId }) => retros.section(engagementId),
    'retros:create': ({ engagementId, date }) => retros.createRetro(engagementId, date),
    'retros:update': ({ engagementId, retroId, patch }) => retros.updateRetro(engagementId, retroId, patch),
    'retros:saveNote': ({ engagementId, retroId, section, doc }) => ({
      updatedAt: retros.saveNote(engagementId, retroId, section, doc).updatedAt,
    }),
    'retros:setActionItemDone': ({ engagementId, retroId, itemId, done }) =>
      retros.setActionItemDone(engagementId, retroId, itemId, done),
    'retros:delete': ({ engagementId, retroId }) => retros.deleteRetro(engagementId, retroId),
    'retros:restore': ({ engagementId, retroId }) => retros.restoreRetro(engagementId, retroId),
    'goals:save': ({ engagementId, goalId, input }) => retros.saveGoal(engagementId, goalId, input),
    'goals:delete': ({ engagementId, goalId }) => retros.deleteGoal(engagementId, goalId),
    'goals:restore': ({ engagementId, goal, index }) => retros.restoreGoal(engagementId, goal, index),
  };
}
