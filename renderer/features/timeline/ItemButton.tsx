import { memo } from 'react';
import type { TimelineItem } from '../../../shared/project/timeline';
import { LANES } from './lanes';
import { LANE_ROWS, type ItemLayout } from './scale';

interface ItemButtonProps {
  index: number;
  item: TimelineItem;
  x: number;
  place: ItemLayout;
  /** The top of the item's lane. */
  top: number;
  active: boolean;
  register: (index: number, el: HTMLButtonElement | null) => void;
  onFocusIndex: (index: number) => void;
  onOpen: (index: number, item: TimelineItem) => void;
}

/** One item; memo, so an item already on screen is not rendered again while scrolling. */
export const ItemButton = memo(function ItemButton({
  index,
  item,
  x,
  place,
  top: laneTop,
  active,
  register,
  onFocusIndex,
  onOpen,
}: ItemButtonProps) {
  const lane = LANES.find((l) => l.id === item.lane) ?? LANES[0];
  const top = laneTop + 14 + Math.min(place.row, LANE_ROWS[item.lane] - 1) * (lane?.rowGap ?? 20);
  const classes = [
    'tl-item',
    `tl-item--${item.kind}`,
    item.milestoneKind ? `tl-item--${item.milestoneKind}` : '',
    item.wentPoorlyEmpty ? 'tl-item--quiet' : '',
    place.flip ? 'tl-item--flip' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={(el) => register(index, el)}
      type="button"
      className={classes}
      style={{ left: x, top }}
      tabIndex={active ? 0 : -1}
      aria-label={item.description}
      title={item.description}
      aria-current={active ? 'true' : undefined}
      data-date={item.date}
      onFocus={() => onFocusIndex(index)}
      onClick={() => onOpen(index, item)}
    >
      <span className="tl-item__marker" aria-hidden="true" />
      {item.wentPoorlyEmpty ? (
        <span className="tl-item__flag" aria-hidden="true">
          !
        </span>
      ) : null}
      {/* A label with no room is hidden until hover or focus, when it shows over the others. */}
      <span className={place.showLabel ? 'tl-item__label' : 'tl-item__label tl-item__label--hidden'} aria-hidden="true">
        {item.label}
      </span>
    </button>
  );
});
