import { kindOfPath } from '../model/records/recordPaths';
import { describeRecord } from '../model/records/recordWords';
import { FIELD_WORDS, LIST_WORDS, SECTION_WORDS, TOP_WORDS } from './conflictWords';
import { readAt } from './jsonPath';
import { isPlainObject, type JsonPath } from './jsonValue';

/** What a label may name that the record alone does not hold. */
export interface LabelContext {
  /** Goal titles by id (from goals.json), for a retro's goal scores. */
  goalTitles?: Readonly<Record<string, string>>;
}

const MAX_NAME = 60;

/** "mvpStatus" → "mvp status": a key no table names still reads as words. */
function humanize(segment: string | number): string {
  if (typeof segment === 'number') return `item ${segment + 1}`;
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quoted(name: string): string {
  const short = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name;
  return `“${short}”`;
}

function itemName(list: string, item: unknown, id: string, context: LabelContext): string | null {
  const words = LIST_WORDS[list];
  if (!words) return null;
  const name = words.nameField === null ? context.goalTitles?.[id] : isPlainObject(item) ? item[words.nameField] : null;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/**
 * A conflicted field in the user's words: "Went well", "Retro date", "Goal “Checkout in
 * prod” · score", "Person “Ada Lovelace” · email", "Red flag: Different time zones",
 * "Monday · note". `record` is the record's path in the engagement folder and `recordJson`
 * the record (either side: it names list items by their current name). The whole record
 * (an empty path) is named as the record. Keys no table names read as words
 * ("someNewField" → "Some new field").
 */
export function fieldLabel(record: string, path: JsonPath, recordJson: unknown, context: LabelContext = {}): string {
  if (path.length === 0) return describeRecord(record);
  const kind = kindOfPath(record);
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const next = path[i + 1];
    const list = typeof segment === 'string' ? LIST_WORDS[segment] : undefined;
    const section = typeof segment === 'string' ? SECTION_WORDS[segment] : undefined;
    if (list && typeof next === 'string') {
      const name = itemName(segment as string, readAt(recordJson, path.slice(0, i + 2)), next, context);
      parts.push(name ? `${list.noun} ${quoted(name)}` : list.noun);
      i++;
    } else if (section && next !== undefined) {
      const word = (typeof next === 'string' ? section.words[next] : undefined) ?? capitalized(humanize(next));
      parts.push(section.prefix ? `${section.prefix}: ${word}` : word);
      i++;
    } else if (i === 0 && kind && typeof segment === 'string' && TOP_WORDS[kind][segment]) {
      parts.push(TOP_WORDS[kind][segment]);
    } else {
      parts.push((typeof segment === 'string' ? FIELD_WORDS[segment] : undefined) ?? humanize(segment));
    }
  }
  return capitalized(parts.join(' · '));
}
