import type { EngagementFile } from '../files';
import { fitVotePath, npsPath, retroPath, SINGLE_RECORD_PATHS, weekPath } from './recordPaths';
import { recordFile, type RecordFile } from './recordSchemas';

/**
 * One record file as it comes from an engagement: `parts` are the values it is built from,
 * compared by identity to tell, without serialising, that it did not change (documents are
 * rebuilt with spreads, never edited in place, so an untouched record keeps its objects).
 */
export interface RecordSource {
  readonly parts: readonly unknown[];
  build(): RecordFile;
}

/** Two records of one list with one id would be one file: the engagement cannot be split. */
export class DuplicateRecordError extends Error {}

function checkUnique(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DuplicateRecordError(`Two ${what} share the id ${id}.`);
    seen.add(id);
  }
}

/** The record files of an engagement by path (see ./recordPaths.ts), each built only when asked. */
export function recordSources(file: EngagementFile): Map<string, RecordSource> {
  const { engagement, retro, planner, project, lifecycle } = file;
  checkUnique(
    'retros',
    retro.retros.map((r) => r.id),
  );
  checkUnique(
    'NPS responses',
    project.nps.map((r) => r.id),
  );
  checkUnique(
    'fit votes',
    lifecycle.fitVotes.map((v) => v.id),
  );
  const sources = new Map<string, RecordSource>();
  const add = (path: string, parts: readonly unknown[], build: () => RecordFile) => sources.set(path, { parts, build });

  add(SINGLE_RECORD_PATHS.engagement, [engagement], () => recordFile('engagement', engagement));
  add(SINGLE_RECORD_PATHS.goals, [retro.goals], () => recordFile('goals', { goals: retro.goals }));
  add(SINGLE_RECORD_PATHS.rituals, [planner.rituals], () => recordFile('rituals', { rituals: planner.rituals }));
  add(SINGLE_RECORD_PATHS.milestones, [project.mvpTargetDate, project.milestones], () =>
    recordFile('milestones', { mvpTargetDate: project.mvpTargetDate, milestones: project.milestones }),
  );
  add(SINGLE_RECORD_PATHS['project-retro'], [project.retro], () => recordFile('project-retro', project.retro));
  const { fitVotes, ...rest } = lifecycle;
  // Field by field: a change to the fit votes alone leaves lifecycle.json as it was.
  const lifecycleParts = Object.keys(rest)
    .sort()
    .flatMap((key) => [key, rest[key as keyof typeof rest]]);
  add(SINGLE_RECORD_PATHS.lifecycle, lifecycleParts, () => recordFile('lifecycle', rest));

  for (const r of retro.retros) add(retroPath(r), [r], () => recordFile('retro', r));
  for (const [week, plan] of Object.entries(planner.weeks)) {
    add(weekPath(week), [week, plan], () => recordFile('week', { ...plan, week }));
  }
  for (const response of project.nps) add(npsPath(response.id), [response], () => recordFile('nps', response));
  for (const vote of fitVotes) add(fitVotePath(vote.id), [vote], () => recordFile('fit-vote', vote));
  return sources;
}

/** The engagement as record files, by path relative to its folder. */
export function splitEngagement(file: EngagementFile): Map<string, RecordFile> {
  return new Map([...recordSources(file)].map(([path, source]) => [path, source.build()]));
}
