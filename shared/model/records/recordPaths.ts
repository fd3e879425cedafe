import type { RecordKind } from './recordSchemas';

/**
 * Where each record of an engagement lives in its folder (engagements/<id>/), as paths
 * relative to that folder with `/` between parts. The grain, and why:
 *
 * - A file per retro (`retros/<date>-<id>.json`, its notes and mail log with it): saving
 *   a note writes that retro's file alone, and two people writing different retros never
 *   touch the same file. The date leads so a folder listing reads as a history; the id
 *   keeps two retros of one day apart. A retro whose date changes moves to a new name.
 * - A file per planned week (`weeks/<YYYY-Www>.json`), per NPS response (`nps/<id>.json`)
 *   and per fit-check vote (`fit-check/<voteId>.json`): each is written by one person, at
 *   a different time or on a different laptop (every reviewer votes on their own). The
 *   vote's id, not the reviewer's name, names the file, so correcting a name moves nothing.
 * - One file for each small part edited as a whole: `engagement.json` (the engagement and
 *   its people, one form), `goals.json` and `rituals.json` (lists whose order is the user's
 *   and whose rules span the list: one weekly retro ritual, unique ids), `milestones.json`
 *   (with the MVP target date, which the milestones' timeline shows beside them; kept in
 *   the user's order, as a list), `project-retro.json` (one retro, with its notes and mail
 *   log) and `lifecycle.json` (the engagement's sourcing, kick-off, wrap-up and check-in
 *   answers, without the fit votes). These are written rarely and by whoever runs the
 *   engagement; canonical JSON puts one list item per block of lines, so git merges
 *   edits of different items of one list.
 *
 * Ids and dates match /^[A-Za-z0-9_-]{1,64}$/ and YYYY-MM-DD (their schemas), so names
 * are safe on every file system; nothing else goes into a name.
 */
export const SINGLE_RECORD_PATHS = {
  engagement: 'engagement.json',
  goals: 'goals.json',
  rituals: 'rituals.json',
  milestones: 'milestones.json',
  'project-retro': 'project-retro.json',
  lifecycle: 'lifecycle.json',
} as const satisfies Partial<Record<RecordKind, string>>;

export type SingleRecordKind = keyof typeof SINGLE_RECORD_PATHS;
export type ManyRecordKind = Exclude<RecordKind, SingleRecordKind>;

/** The folders of the records an engagement has many of. */
export const RECORD_FOLDERS = {
  retro: 'retros',
  week: 'weeks',
  nps: 'nps',
  'fit-vote': 'fit-check',
} as const satisfies Record<ManyRecordKind, string>;

export const retroPath = (retro: { date: string; id: string }): string => `retros/${retro.date}-${retro.id}.json`;
export const weekPath = (week: string): string => `weeks/${week}.json`;
export const npsPath = (id: string): string => `nps/${id}.json`;
export const fitVotePath = (id: string): string => `fit-check/${id}.json`;

const ID = '[A-Za-z0-9_-]{1,64}';
const MANY_RE: [ManyRecordKind, RegExp][] = [
  ['retro', new RegExp(`^retros/\\d{4}-\\d{2}-\\d{2}-${ID}\\.json$`)],
  ['week', /^weeks\/\d{4}-W\d{2}\.json$/],
  ['nps', new RegExp(`^nps/${ID}\\.json$`)],
  ['fit-vote', new RegExp(`^fit-check/${ID}\\.json$`)],
];

const SINGLE_BY_PATH = new Map<string, SingleRecordKind>(
  Object.entries(SINGLE_RECORD_PATHS).map(([kind, file]) => [file, kind as SingleRecordKind]),
);

/**
 * The kind of record a path names, or null for anything else in the folder (a conflict
 * copy `<name>.conflict-<time>.json`, a temp file, a note a person left there).
 */
export function kindOfPath(relativePath: string): RecordKind | null {
  const single = SINGLE_BY_PATH.get(relativePath);
  if (single) return single;
  return MANY_RE.find(([, re]) => re.test(relativePath))?.[0] ?? null;
}
