import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import type { Timeline, TimelineItem } from '../../../shared/project/timeline';
import { ItemButton } from './ItemButton';
import { AXIS_H, LANES, laneTopOf, NO_PLACE } from './lanes';
import { TimelineBackground } from './TimelineBackground';
import { TrendLegend } from './TrendLegend';
import { useTimelineViewport } from './useTimelineViewport';
import { zoomName } from './viewport';

interface TimelineViewProps {
  timeline: Timeline;
  /** Names the timeline for screen readers ("Timeline of Payments MVP"). */
  label: string;
  onOpen: (item: TimelineItem) => void;
  today: string;
  /** A shorter goal band, for the project retro page. */
  compact?: boolean;
}

/**
 * An engagement on one horizontal axis: goal-score trend lines above, then milestones,
 * weekly retros and action items in lanes. Only the items near the visible window are
 * rendered (thousands stay smooth); the items form one roving-tabindex group: arrows move
 * between them in time order, Enter opens one, + and − zoom.
 */
export function TimelineView({ timeline, label, onOpen, today, compact = false }: TimelineViewProps) {
  const view = useTimelineViewport(timeline, today);
  const hintId = useId();
  const trendH = compact ? 72 : 112;
  const lanesTop = AXIS_H + trendH;
  const height = lanesTop + LANES.reduce((h, l) => h + l.height, 0);
  const { setActive } = view;
  const openItem = useOpenItem(setActive, onOpen);
  const activeItem = timeline.items[view.activeIndex];

  return (
    <div className="tl">
      <ViewportControls
        level={view.level}
        levelCount={view.levelCount}
        zoomTo={view.zoomTo}
        goToNow={view.goToNow}
        showToday={today >= timeline.from && today <= timeline.to}
        hintId={hintId}
      />
      <div className="tl__frame">
        <LaneLabels height={height} trendH={trendH} lanesTop={lanesTop} />
        <div className="tl__scroller" ref={view.scroller} onScroll={view.onScroll}>
          <div className="tl__canvas" style={{ width: view.scale.width, height }}>
            <TimelineBackground
              timeline={timeline}
              scale={view.scale}
              height={height}
              trendH={trendH}
              lanesTop={lanesTop}
              today={today}
            />
            <div
              className="tl__items"
              role="group"
              aria-label={label}
              aria-describedby={hintId}
              onKeyDown={view.onKeyDown}
            >
              {view.shown.map((index) => {
                const item = timeline.items[index];
                if (!item) return null;
                return (
                  <ItemButton
                    key={item.id}
                    index={index}
                    item={item}
                    x={view.xs[index] ?? 0}
                    place={view.layout[index] ?? NO_PLACE}
                    top={laneTopOf(lanesTop, item.lane)}
                    active={index === view.activeIndex}
                    register={view.register}
                    onFocusIndex={setActive}
                    onOpen={openItem}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
      <p className="tl__selected">
        {activeItem ? (
          <>
            <span className="tl__selected-label">Selected:</span> {activeItem.description}
          </>
        ) : (
          'Nothing on the timeline yet.'
        )}
      </p>
      <TrendLegend timeline={timeline} />
    </div>
  );
}

/**
 * Opening an item makes it the active one, then calls the latest `onOpen`; the callback
 * itself stays the same across renders, so the item buttons do not render again for it.
 */
function useOpenItem(setActive: (index: number) => void, onOpen: (item: TimelineItem) => void) {
  const onOpenRef = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });
  return useCallback(
    (index: number, item: TimelineItem) => {
      setActive(index);
      onOpenRef.current(item);
    },
    [setActive],
  );
}

interface ControlsProps {
  level: number;
  levelCount: number;
  zoomTo: (level: number) => void;
  goToNow: () => void;
  showToday: boolean;
  hintId: string;
}

/** Zoom out and in (with the level's name between), Now, and the keyboard hint. */
function ViewportControls({ level, levelCount, zoomTo, goToNow, showToday, hintId }: ControlsProps) {
  return (
    <div className="tl__controls">
      <div className="tl__zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button"
          aria-label="Zoom out"
          title="Zoom out (−)"
          disabled={level === 0}
          onClick={() => zoomTo(level - 1)}
        >
          −
        </button>
        <span className="tl__zoom-level" aria-live="polite">
          {zoomName(level, levelCount)}
        </span>
        <button
          type="button"
          className="button"
          aria-label="Zoom in"
          title="Zoom in (+)"
          disabled={level >= levelCount - 1}
          onClick={() => zoomTo(level + 1)}
        >
          +
        </button>
      </div>
      <button type="button" className="button" onClick={goToNow} disabled={!showToday}>
        Now
      </button>
      <p className="tl__hint" id={hintId}>
        Arrow keys move between items, Enter opens one, + and − zoom.
      </p>
    </div>
  );
}

/** The lane names down the left, outside the scroller so they stay put. */
function LaneLabels({ height, trendH, lanesTop }: { height: number; trendH: number; lanesTop: number }) {
  return (
    <div className="tl__lanes-labels" aria-hidden="true" style={{ height }}>
      <span className="tl__lane-label" style={{ top: AXIS_H, height: trendH }}>
        Goal scores
        <span className="tl__lane-scale">100% – 0%</span>
      </span>
      {LANES.map((lane) => (
        <span
          key={lane.id}
          className="tl__lane-label"
          style={{ top: laneTopOf(lanesTop, lane.id), height: lane.height }}
        >
          {lane.label}
        </span>
      ))}
    </div>
  );
}
