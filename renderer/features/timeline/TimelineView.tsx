import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Timeline, TimelineItem, TimelineLane } from '../../../shared/project/timeline';
import { LANE_ROWS, layoutItems, makeScale, nearestIndex, ticks, visibleRange, zoomLevels, type ItemLayout, type Scale } from './scale';

interface TimelineViewProps {
  timeline: Timeline;
  /** Names the timeline for screen readers ("Timeline of Payments MVP"). */
  label: string;
  onOpen: (item: TimelineItem) => void;
  today: string;
  /** A shorter goal band, for the project retro page. */
  compact?: boolean;
}

const AXIS_H = 26;
const LANES: { id: TimelineLane; label: string; height: number; rowGap: number }[] = [
  { id: 'milestones', label: 'Milestones', height: 104, rowGap: 22 },
  { id: 'retros', label: 'Weekly retros', height: 62, rowGap: 22 },
  { id: 'actions', label: 'Action items', height: 58, rowGap: 22 },
];
/** Items this far outside the visible window are drawn too, so scrolling shows no gaps. */
const OVERSCAN_PX = 240;
const TREND_COLOURS = 6;

/**
 * An engagement on one horizontal axis: goal-score trend lines above, then milestones,
 * weekly retros and action items in lanes. Only the items near the visible window are
 * rendered (thousands stay smooth); the items form one roving-tabindex group: arrows move
 * between them in time order, Enter opens one, + and − zoom.
 */
export function TimelineView({ timeline, label, onOpen, today, compact = false }: TimelineViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewWidth, setViewWidth] = useState(900);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [zoom, setZoom] = useState(0);
  const [active, setActive] = useState(() => Math.max(0, nearestIndex(timeline.items.map((i) => i.date), today)));
  const pendingFocus = useRef<number | null>(null);
  const anchor = useRef<{ date: string; offset: number } | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const hintId = useId();

  const trendH = compact ? 72 : 112;
  const lanesTop = AXIS_H + trendH;
  const height = lanesTop + LANES.reduce((h, l) => h + l.height, 0);

  const levels = useMemo(() => zoomLevels(timeline.from, timeline.to, viewWidth), [timeline.from, timeline.to, viewWidth]);
  const level = Math.min(zoom, levels.length - 1);
  const scale = useMemo(() => makeScale(timeline.from, timeline.to, levels[level] ?? 1), [timeline.from, timeline.to, levels, level]);
  const xs = useMemo(() => timeline.items.map((i) => scale.x(i.date)), [timeline.items, scale]);
  const layout = useMemo(() => layoutItems(timeline.items, xs, scale.width), [timeline.items, xs, scale.width]);
  const activeIndex = Math.min(active, timeline.items.length - 1);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewWidth(el.clientWidth));
    observer.observe(el);
    setViewWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  // After a zoom, the anchored date stays where it was on screen.
  useLayoutEffect(() => {
    const el = scroller.current;
    const kept = anchor.current;
    if (!el || !kept) return;
    anchor.current = null;
    el.scrollLeft = Math.max(0, scale.x(kept.date) - kept.offset);
    setScrollLeft(el.scrollLeft);
  }, [scale]);

  // Keyboard moves focus to an item that may only now have been rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    buttons.current.get(pendingFocus.current)?.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  const [first, last] = visibleRange(xs, scrollLeft, scrollLeft + viewWidth, OVERSCAN_PX);
  const shown: number[] = [];
  for (let i = first; i < last; i++) shown.push(i);
  if (activeIndex >= 0 && (activeIndex < first || activeIndex >= last)) shown.push(activeIndex);

  const scrollTo = (x: number) => {
    const el = scroller.current;
    if (!el) return;
    el.scrollLeft = Math.max(0, x - el.clientWidth / 2);
    setScrollLeft(el.scrollLeft);
  };

  const moveTo = (index: number) => {
    if (index < 0 || index >= timeline.items.length) return;
    setActive(index);
    const x = xs[index] ?? 0;
    if (x < scrollLeft + 24 || x > scrollLeft + viewWidth - 24) scrollTo(x);
    pendingFocus.current = index;
  };

  const zoomTo = (next: number) => {
    const el = scroller.current;
    const clamped = Math.max(0, Math.min(levels.length - 1, next));
    if (!el || clamped === level) return;
    // Keep the focused item (or the middle of the view) in place.
    const focusedX = xs[activeIndex];
    const useFocused = focusedX !== undefined && focusedX >= el.scrollLeft && focusedX <= el.scrollLeft + el.clientWidth;
    const x = useFocused ? focusedX : el.scrollLeft + el.clientWidth / 2;
    anchor.current = { date: scale.dateAt(x), offset: x - el.scrollLeft };
    setZoom(clamped);
  };

  const goToNow = () => {
    const index = nearestIndex(timeline.items.map((i) => i.date), today);
    scrollTo(scale.x(today));
    if (index >= 0) {
      setActive(index);
      pendingFocus.current = index;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(activeIndex + 1),
      ArrowLeft: () => moveTo(activeIndex - 1),
      Home: () => moveTo(0),
      End: () => moveTo(timeline.items.length - 1),
      '+': () => zoomTo(level + 1),
      '=': () => zoomTo(level + 1),
      '-': () => zoomTo(level - 1),
    };
    const run = keys[event.key];
    if (!run || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    run();
  };

  const laneTop = (lane: TimelineLane) => laneTopOf(lanesTop, lane);
  // Stable across renders, so scrolling re-renders only the items that come into view.
  const register = useCallback((index: number, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(index, el);
    else buttons.current.delete(index);
  }, []);
  const onOpenRef = useRef(onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = onOpen;
  });
  const openItem = useCallback((index: number, item: TimelineItem) => {
    setActive(index);
    onOpenRef.current(item);
  }, []);
  const showToday = today >= timeline.from && today <= timeline.to;
  const activeItem = timeline.items[activeIndex];
  const zoomName = level === 0 ? 'Whole engagement' : level === levels.length - 1 ? 'Weeks' : `×${2 ** level}`;

  return (
    <div className="tl">
      <div className="tl__controls">
        <div className="tl__zoom" role="group" aria-label="Zoom">
          <button type="button" className="button" aria-label="Zoom out" title="Zoom out (−)" disabled={level === 0} onClick={() => zoomTo(level - 1)}>
            −
          </button>
          <span className="tl__zoom-level" aria-live="polite">
            {zoomName}
          </span>
          <button type="button" className="button" aria-label="Zoom in" title="Zoom in (+)" disabled={level >= levels.length - 1} onClick={() => zoomTo(level + 1)}>
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
      <div className="tl__frame">
        <div className="tl__lanes-labels" aria-hidden="true" style={{ height }}>
          <span className="tl__lane-label" style={{ top: AXIS_H, height: trendH }}>
            Goal scores
            <span className="tl__lane-scale">100% – 0%</span>
          </span>
          {LANES.map((lane) => (
            <span key={lane.id} className="tl__lane-label" style={{ top: laneTop(lane.id), height: lane.height }}>
              {lane.label}
            </span>
          ))}
        </div>
        <div className="tl__scroller" ref={scroller} onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}>
          <div className="tl__canvas" style={{ width: scale.width, height }}>
            <TimelineBackground timeline={timeline} scale={scale} height={height} trendH={trendH} lanesTop={lanesTop} today={today} />
            <div className="tl__items" role="group" aria-label={label} aria-describedby={hintId} onKeyDown={onKeyDown}>
              {shown.map((index) => {
                const item = timeline.items[index];
                if (!item) return null;
                return (
                  <ItemButton
                    key={item.id}
                    index={index}
                    item={item}
                    x={xs[index] ?? 0}
                    place={layout[index] ?? NO_PLACE}
                    top={laneTopOf(lanesTop, item.lane)}
                    active={index === activeIndex}
                    register={register}
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

const NO_PLACE: ItemLayout = { row: 0, showLabel: false, flip: false };

function laneTopOf(lanesTop: number, lane: TimelineLane): number {
  let top = lanesTop;
  for (const l of LANES) {
    if (l.id === lane) return top;
    top += l.height;
  }
  return top;
}

interface BackgroundProps {
  timeline: Timeline;
  scale: Scale;
  height: number;
  trendH: number;
  lanesTop: number;
  today: string;
}

/**
 * Axis, ticks, lanes, goal trends and guides: they change with the zoom, never with the
 * scroll position, so scrolling does not render them again (memo).
 */
const TimelineBackground = memo(function TimelineBackground({ timeline, scale, height, trendH, lanesTop, today }: BackgroundProps) {
  const laneTop = (lane: TimelineLane) => laneTopOf(lanesTop, lane);
  const trendY = (score: number) => AXIS_H + 8 + (1 - score / 100) * (trendH - 16);
  const guides = [
    { date: timeline.end, label: 'End', className: 'tl-guide--end' },
    { date: timeline.checkIn, label: 'Check-in', className: 'tl-guide--end' },
    ...(timeline.mvp.target ? [{ date: timeline.mvp.target, label: 'MVP target', className: 'tl-guide--mvp' }] : []),
  ];
  const showToday = today >= timeline.from && today <= timeline.to;
  return (
    <svg className="tl__svg" width={scale.width} height={height} aria-hidden="true">
      {LANES.map((lane) => (
        <line key={lane.id} className="tl__lane-line" x1={0} x2={scale.width} y1={laneTop(lane.id)} y2={laneTop(lane.id)} />
      ))}
      {ticks(scale, timeline.from, timeline.to).map((t) => (
        <g key={`${t.date}-${t.major ? 'M' : 'm'}`}>
          <line className={t.major ? 'tl__tick tl__tick--major' : 'tl__tick'} x1={t.x} x2={t.x} y1={AXIS_H - 6} y2={height} />
          {t.label ? (
            <text className="tl__tick-label" x={t.x + 4} y={AXIS_H - 10}>
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
      <rect className="tl__engagement" x={scale.x(timeline.start)} width={Math.max(0, scale.x(timeline.end) - scale.x(timeline.start))} y={AXIS_H - 4} height={4} rx={2} />
      {[0, 50, 100].map((score) => (
        <line key={score} className="tl__grid" x1={0} x2={scale.width} y1={trendY(score)} y2={trendY(score)} />
      ))}
      {timeline.trends.map((trend, i) =>
        trend.points.length === 0 ? null : (
          <g key={trend.goalId} className={`tl__trend tl__trend--${i % TREND_COLOURS}`}>
            <polyline points={trend.points.map((p) => `${scale.x(p.date)},${trendY(p.score)}`).join(' ')} />
            {trend.points.map((p) => (
              <circle key={p.date} cx={scale.x(p.date)} cy={trendY(p.score)} r={2.5} />
            ))}
          </g>
        ),
      )}
      {guides.map((g) => (
        <g key={g.label} className={`tl-guide ${g.className}`}>
          <line x1={scale.x(g.date)} x2={scale.x(g.date)} y1={AXIS_H} y2={height} />
        </g>
      ))}
      {showToday ? (
        <g className="tl-guide tl-guide--today">
          <line x1={scale.x(today)} x2={scale.x(today)} y1={AXIS_H - 6} y2={height} />
          <text x={scale.x(today) + 4} y={AXIS_H + 10}>
            Today
          </text>
        </g>
      ) : null}
    </svg>
  );
});

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
const ItemButton = memo(function ItemButton({ index, item, x, place, top: laneTop, active, register, onFocusIndex, onOpen }: ItemButtonProps) {
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
      {item.wentPoorlyEmpty ? <span className="tl-item__flag" aria-hidden="true">!</span> : null}
      {place.showLabel ? (
        <span className="tl-item__label" aria-hidden="true">
          {item.label}
        </span>
      ) : null}
    </button>
  );
});

function TrendLegend({ timeline }: { timeline: Timeline }) {
  if (timeline.trends.length === 0) return <p className="muted tl__legend-empty">No goals yet: their weekly scores are drawn along the top once they are scored.</p>;
  return (
    <ul className="tl__legend" aria-label="Goal score trends">
      {timeline.trends.map((trend, i) => {
        const scores = trend.points.map((p) => p.score);
        const latest = scores.at(-1);
        return (
          <li key={trend.goalId} className={`tl__legend-item tl__trend--${i % TREND_COLOURS}`}>
            <span className="tl__swatch" aria-hidden="true" />
            <span className="tl__legend-title">{trend.title}</span>
            <span className="tl__legend-score">
              {latest === undefined ? 'not scored yet' : `${latest}%${scores.length > 1 ? ` (from ${scores[0] ?? 0}%)` : ''}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
