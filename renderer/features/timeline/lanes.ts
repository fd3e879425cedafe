import type { TimelineLane } from '../../../shared/project/timeline';
import type { ItemLayout } from './scale';

/** The height of the date axis along the top. */
export const AXIS_H = 26;
export const LANES: { id: TimelineLane; label: string; height: number; rowGap: number }[] = [
  { id: 'milestones', label: 'Milestones', height: 104, rowGap: 22 },
  { id: 'retros', label: 'Weekly retros', height: 84, rowGap: 38 },
  { id: 'actions', label: 'Action items', height: 58, rowGap: 22 },
];
/** Goal trends cycle through this many colours (tl__trend--0 … --5 in the stylesheet). */
export const TREND_COLOURS = 6;
/** The place of an item that has no layout (never drawn with a label). */
export const NO_PLACE: ItemLayout = { row: 0, showLabel: false, flip: false };

export function laneTopOf(lanesTop: number, lane: TimelineLane): number {
  let top = lanesTop;
  for (const l of LANES) {
    if (l.id === lane) return top;
    top += l.height;
  }
  return top;
}
