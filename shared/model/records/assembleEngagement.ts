import type { z } from 'zod';
import { ENGAGEMENT_FILE_VERSION, EngagementFileSchema, type EngagementFile } from '../files';
import { emptyLifecycleSection } from '../lifecycle';
import { emptyPlannerSection } from '../planner';
import { emptyProjectSection } from '../projectRetro';
import { emptyRetroSection } from '../retro';
import { fitVotePath, kindOfPath, npsPath, retroPath, SINGLE_RECORD_PATHS, weekPath } from './recordPaths';
import type { ManyRecordKind, SingleRecordKind } from './recordPaths';
import { readRecord, type RecordBody, type RecordKind } from './recordSchemas';

/** A record file that could not be used; the rest of the engagement is assembled without it. */
export interface RecordProblem {
  path: string;
  /** Written by a newer version of Aux Desk: the engagement must not be written over. */
  newer: boolean;
  message: string;
}

export interface AssembledEngagement {
  /** Null when there is no usable engagement.json (problems say why). */
  file: EngagementFile | null;
  problems: RecordProblem[];
  /**
   * Files holding an older copy of a retro another file holds too (a move to a new date
   * cut short between writing the new name and removing the old): the next save removes them.
   */
  superseded: string[];
  /** Paths that name no record (conflict copies, notes left by a person): left alone. */
  ignored: string[];
}

interface Item<K extends ManyRecordKind> {
  path: string;
  body: RecordBody<K>;
}

interface Collected {
  singles: { [K in SingleRecordKind]?: RecordBody<K> };
  retro: Item<'retro'>[];
  week: Item<'week'>[];
  nps: Item<'nps'>[];
  'fit-vote': Item<'fit-vote'>[];
}

/** Where a record of a list belongs, from what it holds: a file whose name disagrees is refused. */
const PATH_OF: { [K in ManyRecordKind]: (body: RecordBody<K>) => string } = {
  retro: retroPath,
  week: (body) => weekPath(body.week),
  nps: (body) => npsPath(body.id),
  'fit-vote': (body) => fitVotePath(body.id),
};

const byKey =
  <T>(...keys: ((item: T) => string)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

function collect(records: ReadonlyMap<string, unknown>, result: AssembledEngagement): Collected {
  const collected: Collected = { singles: {}, retro: [], week: [], nps: [], 'fit-vote': [] };
  for (const path of [...records.keys()].sort()) {
    const kind: RecordKind | null = kindOfPath(path);
    if (kind === null) {
      result.ignored.push(path);
      continue;
    }
    const reading = readRecord(kind, records.get(path));
    if (!reading.ok) {
      result.problems.push({ path, newer: reading.newer, message: reading.message });
    } else if (kind in SINGLE_RECORD_PATHS) {
      (collected.singles as Record<string, unknown>)[kind] = reading.body;
    } else {
      const many = kind as ManyRecordKind;
      const expected = (PATH_OF[many] as (body: unknown) => string)(reading.body);
      if (expected !== path) {
        result.problems.push({ path, newer: false, message: `its name does not match what it holds (${expected})` });
      } else {
        (collected[many] as Item<ManyRecordKind>[]).push({ path, body: reading.body as RecordBody<ManyRecordKind> });
      }
    }
  }
  return collected;
}

/** Of two files holding one retro, the one edited last is kept (on a tie, the later name). */
function dropSuperseded(collected: Collected, result: AssembledEngagement): void {
  const kept = new Map<string, Item<'retro'>>();
  for (const item of collected.retro) {
    const other = kept.get(item.body.id);
    if (other && other.body.updatedAt > item.body.updatedAt) {
      result.superseded.push(item.path);
      continue;
    }
    if (other) result.superseded.push(other.path);
    kept.set(item.body.id, item);
  }
  collected.retro = [...kept.values()];
}

/**
 * Lists come back in a canonical order (the files hold no position): retros and NPS
 * responses in the order they were created, fit votes by reviewer. The services append
 * to these lists with the time as createdAt, so that is the order they were in.
 */
function sortLists(collected: Collected): void {
  collected.retro.sort(
    byKey(
      (i) => i.body.createdAt,
      (i) => i.body.id,
    ),
  );
  collected.nps.sort(
    byKey(
      (i) => i.body.createdAt,
      (i) => i.body.id,
    ),
  );
  collected['fit-vote'].sort(
    byKey(
      (i) => i.body.reviewer,
      (i) => i.body.id,
    ),
  );
  collected.week.sort(byKey((i) => i.body.week));
}

function build(collected: Collected, engagement: RecordBody<'engagement'>): EngagementFile {
  const { singles } = collected;
  const project = emptyProjectSection();
  const weeks = collected.week.map(({ body: { week, ...plan } }) => [week, plan] as const);
  return {
    schemaVersion: ENGAGEMENT_FILE_VERSION,
    engagement,
    retro: { ...emptyRetroSection(), ...singles.goals, retros: collected.retro.map((i) => i.body) },
    planner: { ...emptyPlannerSection(), ...singles.rituals, weeks: Object.fromEntries(weeks) },
    project: {
      ...project,
      ...singles.milestones,
      retro: singles['project-retro'] ?? project.retro,
      nps: collected.nps.map((i) => i.body),
    },
    lifecycle: { ...emptyLifecycleSection(), ...singles.lifecycle, fitVotes: collected['fit-vote'].map((i) => i.body) },
  };
}

const LISTS: Record<string, { kind: ManyRecordKind; keyed: boolean }> = {
  'retro.retros': { kind: 'retro', keyed: false },
  'project.nps': { kind: 'nps', keyed: false },
  'lifecycle.fitVotes': { kind: 'fit-vote', keyed: false },
  'planner.weeks': { kind: 'week', keyed: true },
};

const SINGLE_OF_SECTION: Record<string, SingleRecordKind> = {
  'retro.goals': 'goals',
  'planner.rituals': 'rituals',
  'project.milestones': 'milestones',
  'project.mvpTargetDate': 'milestones',
  'project.retro': 'project-retro',
};

/** The record files an issue of the whole file's schema is about (a cap on a list: the ones past it). */
function blame(issue: z.core.$ZodIssue, collected: Collected): string[] {
  const [section, field, at] = issue.path.map(String);
  if (section === 'engagement' || section === undefined) return [SINGLE_RECORD_PATHS.engagement];
  const list = LISTS[`${section}.${field ?? ''}`];
  if (list) {
    const items = collected[list.kind] as Item<ManyRecordKind>[];
    if (at !== undefined) {
      const item = list.keyed ? items.find((i) => i.path === weekPath(at)) : items[Number(at)];
      return item ? [item.path] : [];
    }
    const maximum = issue.code === 'too_big' ? Number(issue.maximum) : items.length;
    return items.slice(maximum).map((i) => i.path);
  }
  return [SINGLE_RECORD_PATHS[SINGLE_OF_SECTION[`${section}.${field ?? ''}`] ?? 'lifecycle']];
}

function withoutPaths(collected: Collected, paths: ReadonlySet<string>): void {
  for (const kind of ['retro', 'week', 'nps', 'fit-vote'] as const) {
    (collected[kind] as Item<ManyRecordKind>[]) = (collected[kind] as Item<ManyRecordKind>[]).filter(
      (i) => !paths.has(i.path),
    );
  }
  for (const [kind, path] of Object.entries(SINGLE_RECORD_PATHS)) {
    if (paths.has(path)) (collected.singles as Record<string, unknown>)[kind] = undefined;
  }
}

/**
 * Puts an engagement back together from its record files (parsed JSON by path relative to
 * its folder). Each record is checked on its own: a bad one is reported by its path and
 * left out, and the rest still assembles. Missing files of the single records stand for
 * their empty sections. The whole is then checked by EngagementFileSchema (its caps span
 * records); a record past a cap is reported and left out the same way.
 */
export function assembleEngagement(records: ReadonlyMap<string, unknown>): AssembledEngagement {
  const result: AssembledEngagement = { file: null, problems: [], superseded: [], ignored: [] };
  const collected = collect(records, result);
  dropSuperseded(collected, result);
  sortLists(collected);
  for (;;) {
    const engagement = collected.singles.engagement;
    if (!engagement) {
      const path = SINGLE_RECORD_PATHS.engagement;
      if (!result.problems.some((p) => p.path === path))
        result.problems.push({ path, newer: false, message: 'it is missing' });
      return result;
    }
    const parsed = EngagementFileSchema.safeParse(build(collected, engagement));
    if (parsed.success) return { ...result, file: parsed.data };
    const blamed = new Set<string>();
    for (const issue of parsed.error.issues) {
      for (const path of blame(issue, collected)) {
        if (!blamed.has(path)) result.problems.push({ path, newer: false, message: issue.message });
        blamed.add(path);
      }
    }
    // Each round leaves out at least one record, and engagement.json ends it: this ends.
    if (blamed.size === 0) blamed.add(SINGLE_RECORD_PATHS.engagement);
    withoutPaths(collected, blamed);
  }
}
