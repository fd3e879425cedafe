import { localDateOf } from '../../shared/dates';
import { homeItems, type HomeEngagement, type HomeItem } from '../../shared/thisWeek/homeItems';
import type { Engagement } from '../../shared/model/engagement';
import type { FitVote, LifecycleNote, LifecyclePatch, LifecycleSection, RedFlag } from '../../shared/model/lifecycle';
import type { NoteDoc } from '../../shared/model/note';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import type { HandlersFor } from './router';
import type { SettingsService } from './settings';

export interface LifecycleServiceDeps {
  engagements: EngagementRepository;
  settings: SettingsService;
  now: () => Date;
}

export interface CandidateView {
  id: string;
  name: string;
  hostTeam: string;
  status: Engagement['status'];
  fitVotes: FitVote[];
  redFlags: Record<RedFlag, boolean>;
}

/**
 * The engagement lifecycle (sourcing, planning, wrap-up, check-in, follow-ups), kept in the
 * engagement's own file; and the cross-engagement views (candidates, roster, This week).
 */
export class LifecycleService {
  /**
   * Which engagements' tasks This week shows: with a team workspace, yours (set by the team
   * service once it is open: the engagement is on this laptop only, or you are one of its people).
   */
  mine: (doc: HomeEngagement) => boolean = () => true;

  constructor(private readonly deps: LifecycleServiceDeps) {}

  section(engagementId: string): LifecycleSection {
    return this.deps.engagements.getDoc(engagementId).lifecycle;
  }

  update(engagementId: string, patch: LifecyclePatch): LifecycleSection {
    if (patch.followUps) {
      const ids = new Set(patch.followUps.map((f) => f.id));
      if (ids.size !== patch.followUps.length) throw new AppError('invalid-payload', 'Two follow-ups share an id.');
    }
    if (patch.fitVotes) {
      const ids = new Set(patch.fitVotes.map((v) => v.id));
      if (ids.size !== patch.fitVotes.length) throw new AppError('invalid-payload', 'Two fit votes share an id.');
    }
    if (patch.checkInHeldOn && patch.checkInHeldOn > localDateOf(this.deps.now())) {
      throw new AppError(
        'invalid-payload',
        'The check-in cannot have been held on a day still to come: choose today or an earlier day.',
      );
    }
    return this.deps.engagements.mutateDoc(engagementId, (doc) => {
      const lifecycle = { ...doc.lifecycle, ...patch };
      // A check-in not held has no day it was held on.
      if (!lifecycle.checkInDone) lifecycle.checkInHeldOn = null;
      return { ...doc, lifecycle };
    }).lifecycle;
  }

  saveNote(engagementId: string, note: LifecycleNote, doc: NoteDoc): void {
    this.deps.engagements.mutateDoc(engagementId, (file) => ({
      ...file,
      lifecycle: { ...file.lifecycle, [note]: doc },
    }));
  }

  /** A sourcing candidate becomes an engagement being planned. */
  promote(engagementId: string): Engagement {
    const engagement = this.deps.engagements.get(engagementId);
    if (engagement.status !== 'sourcing') {
      throw new AppError(
        'invalid-payload',
        'Only a candidate that is still being sourced can be promoted to planning.',
      );
    }
    const { name, hostTeam, homeTeam, people, startDate, endDate, endedEarlyReason } = engagement;
    return this.deps.engagements.update(engagementId, {
      name,
      hostTeam,
      homeTeam,
      people,
      startDate,
      endDate,
      endedEarlyReason,
      status: 'planning',
    });
  }

  /** Every engagement still in sourcing, with its fit votes and red flags, for the side-by-side comparison. */
  candidates(): CandidateView[] {
    return this.deps.engagements
      .list()
      .filter((s) => s.status === 'sourcing')
      .map((s) => {
        const doc = this.deps.engagements.readDoc(s.id);
        return {
          id: s.id,
          name: doc.engagement.name,
          hostTeam: doc.engagement.hostTeam,
          status: doc.engagement.status,
          // Copies of the small parts only (the file itself is read in place).
          fitVotes: structuredClone(doc.lifecycle.fitVotes),
          redFlags: { ...doc.lifecycle.redFlags },
        };
      });
  }

  /** Every engagement with its people: the capacity rules look across all of them. */
  roster(): Engagement[] {
    return this.deps.engagements.list().map((s) => this.deps.engagements.get(s.id));
  }

  thisWeek(today: string): HomeItem[] {
    // Read in place (no copy of every file): the start view must not grow with history.
    const all = this.deps.engagements.list().map((s) => this.deps.engagements.readDoc(s.id));
    return homeItems(all, this.deps.settings.get(), today, (x) => this.mine(x));
  }
}

/** The lifecycle:* channels and home:week ("This week" is built from the lifecycle). */
export function lifecycleHandlers(lifecycle: LifecycleService): HandlersFor<'lifecycle' | 'home'> {
  return {
    'lifecycle:get': ({ engagementId }) => lifecycle.section(engagementId),
    'lifecycle:update': ({ engagementId, patch }) => lifecycle.update(engagementId, patch),
    'lifecycle:saveNote': ({ engagementId, note, doc }) => {
      lifecycle.saveNote(engagementId, note, doc);
      return {};
    },
    'lifecycle:promote': ({ engagementId }) => lifecycle.promote(engagementId),
    'lifecycle:candidates': () => lifecycle.candidates(),
    'lifecycle:roster': () => lifecycle.roster(),
    'home:week': ({ today }) => lifecycle.thisWeek(today),
  };
}
