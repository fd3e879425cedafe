import { isPlainObject } from './jsonValue';

/**
 * The fields that name a list's items. `id` names goals, milestones, rituals, people,
 * follow-ups, NPS responses and fit votes; a retro's goal scores have no id of their own
 * but one score per goal, so `goalId` names them (merging them by goal keeps two people's
 * scores of different goals, where a whole-list merge would have set one against the other).
 */
export const ITEM_KEYS = ['id', 'goalId'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

function namesEveryItem(list: readonly unknown[], key: ItemKey): boolean {
  const seen = new Set<string>();
  for (const item of list) {
    if (!isPlainObject(item)) return false;
    const id = item[key];
    if (typeof id !== 'string' || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/**
 * The key that names every item of each of these lists, once per list; null when there is
 * none (then the list is one value, merged as a whole). Empty lists fit any key; when all
 * are empty the answer is `id`.
 */
export function itemKeyOf(lists: readonly (readonly unknown[])[]): ItemKey | null {
  return ITEM_KEYS.find((key) => lists.every((list) => namesEveryItem(list, key))) ?? null;
}

/** The id of an item of a list `itemKeyOf` accepted. */
export function itemIdOf(item: unknown, key: ItemKey): string {
  return (item as Record<ItemKey, string>)[key];
}

/** The index of the item with this id, or -1. */
export function indexOfItem(list: readonly unknown[], key: ItemKey, id: string): number {
  return list.findIndex((item) => isPlainObject(item) && item[key] === id);
}
