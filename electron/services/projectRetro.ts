import { localDateOf } from '../../shared/dates';
import type { NpsPoint } from '../../shared/ipc';
import type { MailLogEntry } from '../../shared/model/retro';
import type { NoteDoc } from '../../shared/model/note';
import { MAX_MILESTONES, MAX_NPS_RESPONSES } from '../../shared/model/projectRetro';
import type {
  Milestone,
  MilestoneInput,
  NpsInput,
  NpsResponse,
  ProjectNoteSection,
  ProjectPatch,
  ProjectSection,
} from '../../shared/model/projectRetro';
import { npsOf } from '../../shared/project/nps';
import { renderMarkdown } from '../../shared/project/reportMarkdown';
import { renderHtml } from '../../shared/project/reportHtml';
import { projectReport, reportFileName } from '../../shared/project/report';
import { ensureRoom } from './caps';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import type { HandlersFor } from './router';

const MILESTONES_FULL = `An engagement has at most ${MAX_MILESTONES} milestones: delete one to add another.`;
const NPS_FULL = `An engagement holds at most ${MAX_NPS_RESPONSES} NPS responses.`;

export type ExportFormat = 'html' | 'markdown';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface ProjectRetroServiceDeps {
  engagements: EngagementRepository;
  now: () => Date;
  newId: () => string;
  /** Asks where to save (a dialog in the app) and writes the file; null when the user cancels. */
  saveFile: (defaultName: string, contents: string, filters: FileFilter[]) => Promise<string | null>;
}

/**
 * Milestones, the MVP target date, the project retro and its NPS survey, kept in the
 * engagement's own file like the weekly retros (one coalesced write per change burst).
 */
export class ProjectRetroService {
  constructor(private readonly deps: ProjectRetroServiceDeps) {}

  section(engagementId: string): ProjectSection {
    return structuredClone(this.deps.engagements.readDoc(engagementId).project);
  }

  update(engagementId: string, patch: ProjectPatch): ProjectSection {
    const stamp = this.#stamp();
    return this.#mutate(engagementId, (section) => {
      const next: ProjectSection = { ...section, retro: { ...section.retro } };
      if (patch.mvpTargetDate !== undefined) next.mvpTargetDate = patch.mvpTargetDate;
      if (patch.date !== undefined) next.retro.date = patch.date;
      if (patch.attendees !== undefined) next.retro.attendees = patch.attendees;
      if (patch.date !== undefined || patch.attendees !== undefined) next.retro.updatedAt = stamp;
      return next;
    });
  }

  /** Records that the project retro's notes were sent, drafted or copied. */
  recordMail(engagementId: string, entry: MailLogEntry): void {
    this.#mutate(engagementId, (s) => ({
      ...s,
      retro: { ...s.retro, mailLog: [...s.retro.mailLog, entry].slice(-500) },
    }));
  }

  /** Updates the log entry of an outbox message when its state changes. */
  updateMailState(engagementId: string, outboxId: string, state: MailLogEntry['state']): void {
    if (!this.section(engagementId).retro.mailLog.some((e) => e.outboxId === outboxId)) return;
    this.#mutate(engagementId, (s) => ({
      ...s,
      retro: { ...s.retro, mailLog: s.retro.mailLog.map((e) => (e.outboxId === outboxId ? { ...e, state } : e)) },
    }));
  }

  saveNote(engagementId: string, section: ProjectNoteSection, doc: NoteDoc): { updatedAt: string } {
    const updatedAt = this.#stamp();
    this.#mutate(engagementId, (s) => ({
      ...s,
      retro: { ...s.retro, notes: { ...s.retro.notes, [section]: doc }, updatedAt },
    }));
    return { updatedAt };
  }

  saveMilestone(engagementId: string, milestoneId: string | null, input: MilestoneInput): Milestone {
    let saved: Milestone;
    if (milestoneId === null) {
      saved = { ...input, id: this.deps.newId(), createdAt: this.#stamp() };
    } else {
      const existing = this.section(engagementId).milestones.find((m) => m.id === milestoneId);
      if (!existing) throw new AppError('not-found', 'That milestone no longer exists.');
      saved = { ...existing, ...input };
    }
    this.#mutate(engagementId, (s) => {
      if (milestoneId === null) ensureRoom(s.milestones, MAX_MILESTONES, MILESTONES_FULL);
      return {
        ...s,
        milestones:
          milestoneId === null ? [...s.milestones, saved] : s.milestones.map((m) => (m.id === milestoneId ? saved : m)),
      };
    });
    return saved;
  }

  /** Removes a milestone and returns it with its place, so Undo can put it back. */
  deleteMilestone(engagementId: string, milestoneId: string): { milestone: Milestone; index: number } {
    const milestones = this.section(engagementId).milestones;
    const index = milestones.findIndex((m) => m.id === milestoneId);
    const milestone = milestones[index];
    if (!milestone) throw new AppError('not-found', 'That milestone no longer exists.');
    this.#mutate(engagementId, (s) => ({ ...s, milestones: s.milestones.filter((m) => m.id !== milestoneId) }));
    return { milestone, index };
  }

  restoreMilestone(engagementId: string, milestone: Milestone, index: number): Milestone {
    this.#mutate(engagementId, (s) => {
      if (s.milestones.some((m) => m.id === milestone.id)) return s;
      ensureRoom(s.milestones, MAX_MILESTONES, MILESTONES_FULL);
      return { ...s, milestones: insertAt(s.milestones, index, milestone) };
    });
    return milestone;
  }

  addResponse(engagementId: string, input: NpsInput): NpsResponse {
    const response: NpsResponse = { ...input, id: this.deps.newId(), createdAt: this.#stamp() };
    this.#mutate(engagementId, (s) => {
      ensureRoom(s.nps, MAX_NPS_RESPONSES, NPS_FULL);
      return { ...s, nps: [...s.nps, response] };
    });
    return response;
  }

  deleteResponse(engagementId: string, responseId: string): { response: NpsResponse; index: number } {
    const responses = this.section(engagementId).nps;
    const index = responses.findIndex((r) => r.id === responseId);
    const response = responses[index];
    if (!response) throw new AppError('not-found', 'That response no longer exists.');
    this.#mutate(engagementId, (s) => ({ ...s, nps: s.nps.filter((r) => r.id !== responseId) }));
    return { response, index };
  }

  restoreResponse(engagementId: string, response: NpsResponse, index: number): NpsResponse {
    this.#mutate(engagementId, (s) => {
      if (s.nps.some((r) => r.id === response.id)) return s;
      ensureRoom(s.nps, MAX_NPS_RESPONSES, NPS_FULL);
      return { ...s, nps: insertAt(s.nps, index, response) };
    });
    return response;
  }

  /** Each engagement's NPS, oldest first by end date, so it can be followed over time. */
  npsOverTime(): NpsPoint[] {
    return this.deps.engagements
      .list()
      .map((summary): NpsPoint => {
        const { engagement, project } = this.deps.engagements.readDoc(summary.id);
        const { count, promoters, passives, detractors, nps } = npsOf(project.nps.map((r) => r.score));
        return {
          engagementId: engagement.id,
          name: engagement.name,
          date: engagement.endDate,
          count,
          promoters,
          passives,
          detractors,
          nps,
        };
      })
      .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  }

  /** Renders the project retro and asks the platform to save it; the saved path, or null if cancelled. */
  async export(engagementId: string, format: ExportFormat): Promise<{ path: string | null }> {
    const doc = this.deps.engagements.readDoc(engagementId);
    const report = projectReport(doc, localDateOf(this.deps.now()));
    const path =
      format === 'html'
        ? await this.deps.saveFile(reportFileName(doc.engagement.name, 'html'), renderHtml(report), [
            { name: 'Web page', extensions: ['html'] },
          ])
        : await this.deps.saveFile(reportFileName(doc.engagement.name, 'md'), renderMarkdown(report), [
            { name: 'Markdown', extensions: ['md'] },
          ]);
    return { path };
  }

  #stamp(): string {
    return this.deps.now().toISOString();
  }

  #mutate(engagementId: string, change: (section: ProjectSection) => ProjectSection): ProjectSection {
    return this.deps.engagements.mutateDoc(engagementId, (doc) => ({ ...doc, project: change(doc.project) })).project;
  }
}

function insertAt<T>(list: T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}

/** The project retro's channels: project:*, milestones:* and nps:*. */
export function projectHandlers(project: ProjectRetroService): HandlersFor<'project' | 'milestones' | 'nps'> {
  return {
    'project:get': ({ engagementId }) => project.section(engagementId),
    'project:update': ({ engagementId, patch }) => project.update(engagementId, patch),
    'project:saveNote': ({ engagementId, section, doc }) => project.saveNote(engagementId, section, doc),
    'project:export': ({ engagementId, format }) => project.export(engagementId, format),
    'milestones:save': ({ engagementId, milestoneId, input }) =>
      project.saveMilestone(engagementId, milestoneId, input),
    'milestones:delete': ({ engagementId, milestoneId }) => project.deleteMilestone(engagementId, milestoneId),
    'milestones:restore': ({ engagementId, milestone, index }) =>
      project.restoreMilestone(engagementId, milestone, index),
    'nps:add': ({ engagementId, input }) => project.addResponse(engagementId, input),
    'nps:delete': ({ engagementId, responseId }) => project.deleteResponse(engagementId, responseId),
    'nps:restore': ({ engagementId, response, index }) => project.restoreResponse(engagementId, response, index),
    'nps:overTime': () => project.npsOverTime(),
  };
}
