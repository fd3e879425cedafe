import type { Engagement } from '../../shared/model/engagement';
import { NOTE_SECTIONS } from '../../shared/model/retro';
import { PROJECT_NOTE_SECTIONS } from '../../shared/model/projectRetro';
import { buildSample } from '../../shared/sample/buildSample';
import { isSampleEngagement } from '../../shared/sample/sampleCast';
import { SamplePlanSchema, type SamplePlan } from '../../shared/sample/samplePlan';
import type { EngagementRepository } from './engagements';
import { AppError } from './errors';
import type { LifecycleService } from './lifecycle';
import type { PlannerService } from './planner';
import type { ProjectRetroService } from './projectRetro';
import type { RetroService } from './retros';
import type { HandlersFor } from './router';
import type { SettingsService } from './settings';

export interface SampleServiceDeps {
  engagements: EngagementRepository;
  retros: RetroService;
  planner: PlannerService;
  project: ProjectRetroService;
  lifecycle: LifecycleService;
  settings: SettingsService;
  now: () => Date;
  newId: () => string;
}

/**
 * The first run's sample engagement, seeded in main through the same services (and so the
 * same rules) as everything the user makes: an engagement, then its goals, retros, weeks,
 * milestones, project retro and lifecycle, one service call each. Nothing here writes a file.
 */
export class SampleService {
  constructor(private readonly deps: SampleServiceDeps) {}

  /** Seeds the sample for a quarter ending around the services' `now`. */
  create(): Promise<Engagement> {
    const { now, settings, newId } = this.deps;
    return this.seed(buildSample({ now: now(), settings: settings.get(), newId }));
  }

  /**
   * Seeds `plan` after checking it against the channels' schemas. A step that fails removes
   * the half-made engagement again (to the trash, as a delete does) and says why.
   */
  async seed(plan: SamplePlan): Promise<Engagement> {
    if (this.deps.engagements.list().some(isSampleEngagement)) {
      throw new AppError(
        'invalid-payload',
        'The sample engagement is already there: open it from Engagements, or delete it first.',
      );
    }
    const checked = SamplePlanSchema.safeParse(plan);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new AppError(
        'internal',
        `The sample could not be built (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}). Nothing was added.`,
      );
    }
    const engagement = this.deps.engagements.create(checked.data.engagement);
    try {
      this.#fill(engagement.id, checked.data);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      await this.deps.engagements.delete(engagement.id);
      throw new AppError('internal', `The sample could not be added (${why}). Nothing was kept.`);
    }
    return this.deps.engagements.get(engagement.id);
  }

  #fill(id: string, plan: SamplePlan): void {
    const { retros, planner, project, lifecycle } = this.deps;
    const goalIds = new Map(plan.goals.map((g) => [g.key, retros.saveGoal(id, null, g.input).id]));
    for (const retro of plan.retros) {
      const created = retros.createRetro(id, retro.date);
      const goalScores = (retro.patch.goalScores ?? []).map((score) => {
        const goalId = goalIds.get(score.goalId);
        if (goalId === undefined) throw new Error(`a retro scores an unknown goal, ${score.goalId}`);
        return { ...score, goalId };
      });
      retros.updateRetro(id, created.id, { ...retro.patch, goalScores });
      for (const section of NOTE_SECTIONS) retros.saveNote(id, created.id, section, retro.notes[section]);
      for (const entry of retro.mailLog) retros.recordMail(id, created.id, entry);
    }
    for (const ritual of plan.rituals) planner.saveRitual(id, ritual);
    for (const week of plan.weeks) planner.saveWeek({ kind: 'engagement', id }, week.key, week.plan);
    for (const milestone of plan.milestones) project.saveMilestone(id, null, milestone);
    const { mvpTargetDate, date, attendees, notes, nps } = plan.project;
    project.update(id, { mvpTargetDate, date, attendees });
    for (const section of PROJECT_NOTE_SECTIONS) project.saveNote(id, section, notes[section]);
    for (const response of nps) project.addResponse(id, response);
    lifecycle.update(id, plan.lifecycle.patch);
    lifecycle.saveNote(id, 'onePager', plan.lifecycle.notes.onePager);
    lifecycle.saveNote(id, 'kickoffNotes', plan.lifecycle.notes.kickoffNotes);
  }
}

/** The sample:* channel. Removing the sample is engagements:delete (and Undo engagements:restore). */
export function sampleHandlers(sample: SampleService): HandlersFor<'sample'> {
  return {
    'sample:create': () => sample.create(),
  };
}
