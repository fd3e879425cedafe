import { splitEngagement } from '../../../../shared/model/records/splitEngagement';
import { writeAt } from '../../../../shared/team/jsonPath';
import type { JsonPath } from '../../../../shared/team/jsonValue';
import { richEngagementFile } from '../../support/richEngagement';

/** A record file as the sync engine reads it: parsed JSON, sharing nothing with the next one. */
export type RecordJson = Record<string, unknown>;

export const RETRO_R1 = 'retros/2026-03-05-r1.json';
export const RETRO_R2 = 'retros/2026-03-12-r2.json';
export const WEEK_10 = 'weeks/2026-W10.json';

/** The rich engagement's record files (shared/model/records/splitEngagement.ts) as parsed JSON. */
export function richRecords(): Map<string, RecordJson> {
  return new Map(
    [...splitEngagement(richEngagementFile())].map(([path, file]) => [
      path,
      JSON.parse(JSON.stringify(file)) as RecordJson,
    ]),
  );
}

/** One record file of the rich engagement, fresh. */
export function richRecord(path: string): RecordJson {
  const record = richRecords().get(path);
  if (!record) throw new Error(`The rich engagement has no ${path}.`);
  return record;
}

/** `record` with each [path, value] written in turn (list items by id; undefined deletes). */
export function edited(record: unknown, ...edits: [JsonPath, unknown][]): RecordJson {
  return edits.reduce((r, [path, value]) => writeAt(r, path, value), record) as RecordJson;
}

/** The ids of a list's items, in order. */
export const ids = (list: unknown): string[] => (list as { id: string }[]).map((item) => item.id);

/** A goal as goals.json holds it. */
export const goal = (id: string, title: string) => ({
  id,
  kind: 'business',
  title,
  metric: 'share of traffic',
  baseline: '0%',
  target: '100%',
  productionAdoption: true,
  createdAt: '2026-03-10T09:00:00.000Z',
});
