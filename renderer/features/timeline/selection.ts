import type { TimelineItem } from '../../../shared/project/timeline';
import { nearestIndex } from './scale';

/** The selected item (the roving tab stop), kept by the record it stands for, not by its place. */
export interface TimelineSelection {
  id: string;
  /** Where it was, so that when it is gone the selection goes to its neighbour in time. */
  date: string;
}

type Placed = Pick<TimelineItem, 'id' | 'date'>;

export function selectionOf(item: Placed | undefined): TimelineSelection | null {
  return item ? { id: item.id, date: item.date } : null;
}

/**
 * The index of the selected item among the items as they are now: found by its id, so items
 * added, removed or moved before it leave the same record selected. When it is gone (deleted),
 * or nothing was selected yet, the item nearest its date (or today); -1 when there are none.
 */
export function indexOfSelection(items: readonly Placed[], selection: TimelineSelection | null, today: string): number {
  if (items.length === 0) return -1;
  if (selection) {
    const index = items.findIndex((item) => item.id === selection.id);
    if (index >= 0) return index;
  }
  return Math.max(
    0,
    nearestIndex(
      items.map((item) => item.date),
      selection?.date ?? today,
    ),
  );
}
