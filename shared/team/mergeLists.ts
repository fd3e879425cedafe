import { itemIdOf, type ItemKey } from './idLists';
import { jsonEqual, type JsonPath } from './jsonValue';

/** Merges one item present on both sides (mergeJson's value merge, passed in to keep the files acyclic). */
export type MergeItem = (base: unknown, ours: unknown, theirs: unknown, path: JsonPath) => unknown;

const START = Symbol('start of the list');
type Anchor = string | typeof START;

function byId(list: readonly unknown[], key: ItemKey): Map<string, unknown> {
  return new Map(list.map((item) => [itemIdOf(item, key), item]));
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The ids the merged list keeps: every item on both sides, and an item on one side only
 * when that side added it or edited it while the other side deleted it. Deleted on one
 * side and edited on the other keeps the edited item and records no conflict: nothing is
 * lost, and the deleting side sees the item come back (deleting it again is one click),
 * where a conflict would ask about a whole item the user meant to be rid of.
 */
function survivingIds(
  base: Map<string, unknown>,
  ours: Map<string, unknown>,
  theirs: Map<string, unknown>,
): Set<string> {
  const kept = new Set<string>();
  for (const [side, other] of [
    [ours, theirs],
    [theirs, ours],
  ] as const) {
    for (const [id, item] of side) {
      if (other.has(id) || !base.has(id) || !jsonEqual(base.get(id), item)) kept.add(id);
    }
  }
  return kept;
}

/**
 * The order of the items on both sides: the sides' own order when they agree; else the
 * order of the one side that moved items of the base; null when both moved them
 * differently (no order keeps both moves: the list is then a conflict as a whole).
 */
function skeletonOrder(
  baseIds: string[],
  oursIds: string[],
  theirsIds: string[],
  common: Set<string>,
): string[] | null {
  const oursCommon = oursIds.filter((id) => common.has(id));
  const theirsCommon = theirsIds.filter((id) => common.has(id));
  if (sameOrder(oursCommon, theirsCommon)) return oursCommon;
  const inBase = new Set(baseIds);
  const baseCommon = baseIds.filter((id) => common.has(id));
  const oursMoved = !sameOrder(
    oursCommon.filter((id) => inBase.has(id)),
    baseCommon,
  );
  const theirsMoved = !sameOrder(
    theirsCommon.filter((id) => inBase.has(id)),
    baseCommon,
  );
  if (oursMoved === theirsMoved) return null;
  return oursMoved ? oursCommon : theirsCommon;
}

/**
 * Runs of items one side alone has, by the item on both sides that precedes them on that
 * side (START when none does). A run keeps its side's order.
 */
function runsByAnchor(ids: string[], common: Set<string>, kept: Set<string>, into: Map<Anchor, string[][]>): void {
  let anchor: Anchor = START;
  let run: string[] | null = null;
  for (const id of ids) {
    if (common.has(id)) {
      anchor = id;
      run = null;
    } else if (kept.has(id)) {
      if (!run) {
        run = [];
        into.set(anchor, [...(into.get(anchor) ?? []), run]);
      }
      run.push(id);
    }
  }
}

/**
 * The merged order: the items on both sides in the skeleton's order, each followed by the
 * items one side added after it there. When both sides added items at the same place,
 * the run whose first id sorts first goes first: the same order whichever side is "ours",
 * so that two laptops merging the same edits write the same file.
 */
function mergedOrder(skeleton: string[], oursIds: string[], theirsIds: string[], kept: Set<string>): string[] {
  const common = new Set(skeleton);
  const runs = new Map<Anchor, string[][]>();
  runsByAnchor(oursIds, common, kept, runs);
  runsByAnchor(theirsIds, common, kept, runs);
  const after = (anchor: Anchor) =>
    (runs.get(anchor) ?? []).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)).flat();
  return [...after(START), ...skeleton.flatMap((id) => [id, ...after(id)])];
}

/**
 * Merges two edits of a list whose items are named by `key`: item by item, by id (see
 * survivingIds and mergedOrder). Returns null when both sides reordered the list
 * differently: the caller then keeps the list as a whole conflict.
 */
export function mergeIdLists(
  key: ItemKey,
  base: readonly unknown[] | undefined,
  ours: readonly unknown[],
  theirs: readonly unknown[],
  path: JsonPath,
  mergeItem: MergeItem,
): unknown[] | null {
  const [baseItems, oursItems, theirsItems] = [byId(base ?? [], key), byId(ours, key), byId(theirs, key)];
  const [baseIds, oursIds, theirsIds] = [[...baseItems.keys()], [...oursItems.keys()], [...theirsItems.keys()]];
  const common = new Set(oursIds.filter((id) => theirsItems.has(id)));
  const skeleton = skeletonOrder(baseIds, oursIds, theirsIds, common);
  if (!skeleton) return null;
  const kept = survivingIds(baseItems, oursItems, theirsItems);
  return mergedOrder(skeleton, oursIds, theirsIds, kept).map((id) => {
    const [o, t] = [oursItems.get(id), theirsItems.get(id)];
    if (o !== undefined && t !== undefined) return mergeItem(baseItems.get(id), o, t, [...path, id]);
    return o ?? t;
  });
}
