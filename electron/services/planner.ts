import { weekCalendarEvents, type CalendarEvent, type ExportScope } from '../../shared/calendar';
import { lifecycleCalendarEvents } from '../../shared/keyDates/calendarEvents';
import type { Person } from '../../shared/model/engagement';
import { migrateSimpleFile } from '../../shared/model/migrations';
import {
  MAX_RITUALS,
  PLAIN_PLANNER_FILE_VERSION,
  PlainPlannerFileSchema,
  RETRO_RITUAL_ID,
  type PlainPlannerFile,
  type PlannerScope,
  type Ritual,
  type WeekPlan,
} from '../../shared/model/planner';
import { effectiveRituals, effectiveWeek, overlapsWeek } from '../../shared/planner';
import type { WeekKey } from '../../shared/week';
import { buildIcs } from './calendarExport';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import type { HandlersFor } from './router';
import type { SettingsService } from './settings';
import type { WriteQueue } from './writeQueue';

const PLAIN_PLANNER_NAME = 'planner';
export const PLAIN_PLANNER_KEY = 'planner';

export interface PlannerDeps extends StoreDocumentDeps {
  queue: WriteQueue;
  engagements: EngagementRepository;
  settings: SettingsService;
  /** The user's IANA time zone, for calendar export. */
  timeZone: () => string;
  /** Asks where to save a file and writes it; null when the user cancels. */
  saveFile: (defaultName: string, contents: string) => Promise<string | null>;
}

export interface PlannerData {
  weeks: Record<string, WeekPlan>;
  rituals: Ritual[];
  /** The engagement's people (none for plain weeks), for the pairing log. */
  people: Person[];
}

/**
 * The weekly planner. An engagement's weeks and rituals live in its own file (through
 * mutateDoc: one coalesced write of that file per change); plain weeks, outside every
 * engagement, live in planner.json. Every change is checked here against what is stored.
 */
export class PlannerService {
  readonly #deps: PlannerDeps;
  readonly #plain: StoreDocument<PlainPlannerFile>;

  constructor(deps: PlannerDeps) {
    this.#deps = deps;
    this.#plain = new StoreDocument(deps, {
      name: PLAIN_PLANNER_NAME,
      schema: PlainPlannerFileSchema,
      migrate: (d) => migrateSimpleFile(d, PLAIN_PLANNER_FILE_VERSION),
      fallback: { schemaVersion: PLAIN_PLANNER_FILE_VERSION, weeks: {} },
      coalesce: { queue: deps.queue, key: PLAIN_PLANNER_KEY },
    });
  }

  load(): void {
    this.#plain.open();
  }

  get(scope: PlannerScope): PlannerData {
    if (scope.kind === 'plain') return { weeks: structuredClone(this.#plain.doc.weeks), rituals: [], people: [] };
    const doc = this.#deps.engagements.readDoc(scope.id);
    return structuredClone({ weeks: doc.planner.weeks, rituals: doc.planner.rituals, people: doc.engagement.people });
  }

  saveWeek(scope: PlannerScope, key: WeekKey, plan: WeekPlan): WeekPlan {
    if (scope.kind === 'plain') {
      if (Object.values(plan.days).some((d) => d.partnerIds.length > 0)) {
        throw new AppError('invalid-payload', 'Partners are logged on engagement weeks only.');
      }
      this.#mutatePlain((weeks) => ({ ...weeks, [key]: plan }));
      return structuredClone(plan);
    }
    const doc = this.#deps.engagements.readDoc(scope.id);
    const { startDate: start, endDate: end } = doc.engagement;
    if (!overlapsWeek({ start, end }, key)) {
      throw new AppError('invalid-payload', 'That week is outside the engagement’s dates: plan it as a plain week.');
    }
    // Partners are people of the engagement; someone already logged stays valid after
    // being removed from the engagement, so old weeks can still be edited.
    const known = new Set(doc.engagement.people.map((p) => p.id));
    for (const day of Object.values(doc.planner.weeks[key]?.days ?? {})) for (const id of day.partnerIds) known.add(id);
    const unknown = Object.values(plan.days).flatMap((d) => d.partnerIds.filter((id) => !known.has(id)));
    if (unknown.length > 0) {
      throw new AppError(
        'invalid-payload',
        'A partner is not one of the engagement’s people. Reload the engagement and try again.',
      );
    }
    this.#deps.engagements.mutateDoc(scope.id, (d) => ({
      ...d,
      planner: { ...d.planner, weeks: { ...d.planner.weeks, [key]: plan } },
    }));
    return structuredClone(plan);
  }

  /** Forgets a week's edits: it shows the template again. */
  resetWeek(scope: PlannerScope, key: WeekKey): void {
    if (scope.kind === 'plain') {
      if (!(key in this.#plain.doc.weeks)) return;
      this.#mutatePlain((weeks) => Object.fromEntries(Object.entries(weeks).filter(([k]) => k !== key)));
      return;
    }
    if (!(key in this.#deps.engagements.readDoc(scope.id).planner.weeks)) return;
    this.#deps.engagements.mutateDoc(scope.id, (d) => ({
      ...d,
      planner: { ...d.planner, weeks: Object.fromEntries(Object.entries(d.planner.weeks).filter(([k]) => k !== key)) },
    }));
  }

  saveRitual(engagementId: string, ritual: Ritual): Ritual[] {
    if ((ritual.kind === 'retro') !== (ritual.id === RETRO_RITUAL_ID)) {
      throw new AppError(
        'invalid-payload',
        'An engagement has one weekly retro; add other rituals as stand-up, planning, demo or custom.',
      );
    }
    const next = this.#deps.engagements.mutateDoc(engagementId, (d) => {
      const rituals = d.planner.rituals.some((r) => r.id === ritual.id)
        ? d.planner.rituals.map((r) => (r.id === ritual.id ? ritual : r))
        : [...d.planner.rituals, ritual];
      if (rituals.length > MAX_RITUALS)
        throw new AppError('invalid-payload', `At most ${MAX_RITUALS} rituals per engagement.`);
      return { ...d, planner: { ...d.planner, rituals } };
    });
    return next.planner.rituals;
  }

  deleteRitual(engagementId: string, ritualId: string): Ritual[] {
    if (ritualId === RETRO_RITUAL_ID) {
      throw new AppError(
        'invalid-payload',
        'The weekly retro is part of every engagement: change its day or time instead.',
      );
    }
    const doc = this.#deps.engagements.readDoc(engagementId);
    if (!doc.planner.rituals.some((r) => r.id === ritualId))
      throw new AppError('not-found', 'That ritual no longer exists.');
    return this.#deps.engagements.mutateDoc(engagementId, (d) => ({
      ...d,
      planner: { ...d.planner, rituals: d.planner.rituals.filter((r) => r.id !== ritualId) },
    })).planner.rituals;
  }

  /** The .ics text for a week: its day blocks, its rituals and the engagement's recurring retro. */
  exportIcs(scope: PlannerScope, key: WeekKey): { fileName: string; contents: string; events: number } {
    const settings = this.#deps.settings.get();
    let exportScope: ExportScope;
    let plan: WeekPlan;
    let rituals: Ritual[] = [];
    // Kick-off, three-month check-in and follow-ups that fall in this week (issue 7).
    let lifecycleEvents: CalendarEvent[] = [];
    let label: string;
    if (scope.kind === 'plain') {
      exportScope = { kind: 'plain' };
      plan = effectiveWeek(this.#plain.doc.weeks[key], key, settings, null);
      label = 'aux-desk';
    } else {
      const doc = this.#deps.engagements.readDoc(scope.id);
      const e = doc.engagement;
      const range = { start: e.startDate, end: e.endDate };
      exportScope = { kind: 'engagement', id: e.id, name: e.name, hostTeam: e.hostTeam, range, people: e.people };
      plan = effectiveWeek(doc.planner.weeks[key], key, settings, range);
      rituals = effectiveRituals(doc.planner.rituals, settings);
      label = slug(e.name) || 'engagement';
      lifecycleEvents = lifecycleCalendarEvents({ key, engagement: e, lifecycle: doc.lifecycle, settings });
    }
    const events = [...weekCalendarEvents({ key, plan, settings, scope: exportScope, rituals }), ...lifecycleEvents];
    const contents = buildIcs(events, {
      timeZone: this.#deps.timeZone(),
      calendarName:
        scope.kind === 'plain'
          ? `Aux Desk ${key}`
          : `Aux Desk: ${exportScope.kind === 'engagement' ? exportScope.name : ''}`,
      now: this.#deps.now(),
    });
    return { fileName: `${label}-${key}.ics`, contents, events: events.length };
  }

  async exportWeek(scope: PlannerScope, key: WeekKey): Promise<{ path: string | null; events: number }> {
    const { fileName, contents, events } = this.exportIcs(scope, key);
    const saved = await this.#deps.saveFile(fileName, contents);
    return { path: saved, events };
  }

  #mutatePlain(change: (weeks: PlainPlannerFile['weeks']) => PlainPlannerFile['weeks']): void {
    if (!this.#plain.writable) {
      throw new AppError(
        'storage',
        'planner.json was written by a newer version of Aux Desk; update Aux Desk to plan plain weeks.',
      );
    }
    const plain = this.#plain.doc;
    this.#plain.write({ ...plain, weeks: change(structuredClone(plain.weeks)) });
  }
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** The planner:* channels. */
export function plannerHandlers(planner: PlannerService): HandlersFor<'planner'> {
  return {
    'planner:get': ({ scope }) => planner.get(scope),
    'planner:saveWeek': ({ scope, week, plan }) => planner.saveWeek(scope, week, plan),
    'planner:resetWeek': ({ scope, week }) => {
      planner.resetWeek(scope, week);
      return {};
    },
    'planner:saveRitual': ({ engagementId, ritual }) => planner.saveRitual(engagementId, ritual),
    'planner:deleteRitual': ({ engagementId, ritualId }) => planner.deleteRitual(engagementId, ritualId),
    'planner:exportWeek': ({ scope, week }) => planner.exportWeek(scope, week),
  };
}
