import type { EngagementFile } from '../../../../../shared/model/files';
import {
  kindOfPath,
  retroPath,
  fitVotePath,
  npsPath,
  SINGLE_RECORD_PATHS,
  weekPath,
} from '../../../../../shared/model/records/recordPaths';
import type { RecordKind } from '../../../../../shared/model/records/recordSchemas';
import { recordSources } from '../../../../../shared/model/records/splitEngagement';
import { readAt } from '../../../../../shared/team/jsonPath';
import { isPlainObject, type JsonPath } from '../../../../../shared/team/jsonValue';

/**
 * A field the drill writes: a record of an engagement, named by what stays the same when
 * its file moves (a retro by id, not by its dated file name), and a path inside the record
 * file as the merge names it (list items by id).
 */
export interface RecordRef {
  kind: RecordKind;
  /** The retro's, response's or vote's id, the week's key; the kind itself for a single record. */
  id: string;
}

export interface Slot {
  engagementId: string;
  record: RecordRef;
  path: JsonPath;
}

export function slotKey(slot: Slot): string {
  return `${slot.engagementId}|${slot.record.kind}:${slot.record.id}|${slot.path.join('.')}`;
}

export function sameRecord(a: RecordRef, b: RecordRef): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** The record's file path in the engagement's folder as `doc` holds it; null when it has no such record. */
function recordPathIn(doc: Readonly<EngagementFile>, ref: RecordRef): string | null {
  switch (ref.kind) {
    case 'retro': {
      const retro = doc.retro.retros.find((r) => r.id === ref.id);
      return retro ? retroPath(retro) : null;
    }
    case 'week':
      return weekPath(ref.id);
    case 'nps':
      return npsPath(ref.id);
    case 'fit-vote':
      return fitVotePath(ref.id);
    case 'engagement':
    case 'goals':
    case 'lifecycle':
    case 'milestones':
    case 'project-retro':
    case 'rituals':
      return SINGLE_RECORD_PATHS[ref.kind];
  }
}

/** The record file (envelope and all) as the engagement in memory would write it; undefined when absent. */
export function recordIn(doc: Readonly<EngagementFile>, ref: RecordRef): unknown {
  const file = recordPathIn(doc, ref);
  if (file === null) return undefined;
  return recordSources(doc).get(file)?.build();
}

/** The value at the slot in `doc`; undefined when the record or the field is absent. */
export function readSlot(doc: Readonly<EngagementFile>, slot: Slot): unknown {
  const record = recordIn(doc, slot.record);
  return record === undefined ? undefined : readAt(record, slot.path);
}

/** The record a path of an engagement's folder names (a conflict's `record`), or null. */
export function refOfRecordPath(recordPath: string): RecordRef | null {
  const kind = kindOfPath(recordPath);
  if (kind === null) return null;
  const many: Partial<Record<RecordKind, RegExp>> = {
    retro: /^retros\/\d{4}-\d{2}-\d{2}-(.+)\.json$/,
    week: /^weeks\/(.+)\.json$/,
    nps: /^nps\/(.+)\.json$/,
    'fit-vote': /^fit-check\/(.+)\.json$/,
  };
  const re = many[kind];
  if (!re) return { kind, id: kind };
  const id = re.exec(recordPath)?.[1];
  return id === undefined ? null : { kind, id };
}

/** A value as the words it holds: a note's text, a string itself, anything else as JSON; '' when absent. */
export function textOf(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  // A note's nodes (tiptap JSON): the text of its text nodes, in order.
  if (isPlainObject(value) && typeof value.type === 'string') {
    if (typeof value.text === 'string') return value.text;
    return Array.isArray(value.content) ? (value.content as unknown[]).map(textOf).join('') : '';
  }
  return JSON.stringify(value);
}

/** Where a conflict's field and the slot meet: the part of the side's value that is the slot's, or undefined. */
export function slotPartOf(side: unknown, fieldPath: JsonPath, slotPath: JsonPath): unknown {
  const shorter = Math.min(fieldPath.length, slotPath.length);
  for (let i = 0; i < shorter; i++) if (fieldPath[i] !== slotPath[i]) return undefined;
  // The conflict is about the slot or something holding it: the slot's part of that side.
  if (fieldPath.length <= slotPath.length) return readAt(side, slotPath.slice(fieldPath.length));
  // The conflict is about a part of the slot's value: that part is what the side holds.
  return side;
}
