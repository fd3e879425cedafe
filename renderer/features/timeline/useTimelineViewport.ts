import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Timeline } from '../../../shared/project/timeline';
import { layoutItems, makeScale, nearestIndex, visibleRange, zoomLevels, type Scale } from './scale';
import { indexOfSelection, selectionOf, type TimelineSelection } from './selection';
import {
  centredScrollLeft,
  clampLevel,
  keyCommand,
  needsScroll,
  OVERSCAN_PX,
  shownIndexes,
  zoomAnchorX,
} from './viewport';

/** A date kept at the same place on screen across a zoom. */
interface ZoomAnchor {
  date: string;
  offset: number;
}

/**
 * The timeline's viewport: its width, scroll position and zoom, the active item (the
 * roving tab stop) and the keys that move it. Returns what TimelineView draws and the
 * handlers it wires to the scroller and the items group.
 */
export function useTimelineViewport(timeline: Timeline, today: string) {
  const scroller = useRef<HTMLDivElement>(null);
  const viewWidth = useViewWidth(scroller);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [zoom, setZoom] = useState(0);
  // Kept by the record's id, not its index: an item added or removed before it must not move
  // the selection to another record.
  const [selection, setSelection] = useState<TimelineSelection | null>(null);
  const items = useRef(timeline.items);
  useLayoutEffect(() => {
    items.current = timeline.items;
  });
  // Stable, so the memoised item buttons do not render again for it.
  const setActive = useCallback((index: number) => setSelection(selectionOf(items.current[index])), []);
  const anchor = useRef<ZoomAnchor | null>(null);
  const { register, focusSoon } = usePendingFocus();

  const { levels, level, scale, xs, layout } = useTimelineScale(timeline, viewWidth, zoom, today);
  const activeIndex = indexOfSelection(timeline.items, selection, today);
  useKeepAnchor(scroller, anchor, scale, setScrollLeft);

  const [first, last] = visibleRange(xs, scrollLeft, scrollLeft + viewWidth, OVERSCAN_PX);
  const scrollTo = (x: number) => {
    const el = scroller.current;
    if (!el) return;
    el.scrollLeft = centredScrollLeft(x, el.clientWidth);
    setScrollLeft(el.scrollLeft);
  };
  const moveTo = (index: number) => {
    if (index < 0 || index >= timeline.items.length) return;
    setActive(index);
    const x = xs[index] ?? 0;
    if (needsScroll(x, scrollLeft, viewWidth)) scrollTo(x);
    focusSoon(index);
  };
  const zoomTo = (next: number) => {
    const el = scroller.current;
    const clamped = clampLevel(next, levels.length);
    if (!el || clamped === level) return;
    const x = zoomAnchorX(xs[activeIndex], el.scrollLeft, el.clientWidth);
    anchor.current = { date: scale.dateAt(x), offset: x - el.scrollLeft };
    setZoom(clamped);
  };
  const goToNow = () => {
    const index = nearestIndex(
      timeline.items.map((i) => i.date),
      today,
    );
    scrollTo(scale.x(today));
    if (index >= 0) {
      setActive(index);
      focusSoon(index);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = keyCommand(event, activeIndex, timeline.items.length, level);
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'move') moveTo(command.index);
    else zoomTo(command.level);
  };
  const onScroll = (event: { currentTarget: HTMLDivElement }) => setScrollLeft(event.currentTarget.scrollLeft);

  return {
    scroller,
    scale,
    xs,
    layout,
    level,
    levelCount: levels.length,
    activeIndex,
    setActive,
    shown: shownIndexes(first, last, activeIndex),
    register,
    zoomTo,
    goToNow,
    onKeyDown,
    onScroll,
  };
}

/** The zoom levels that fit the view, the scale at the chosen one, and where each item goes on it. */
function useTimelineScale(timeline: Timeline, viewWidth: number, zoom: number, today: string) {
  const levels = useMemo(
    () => zoomLevels(timeline.from, timeline.to, viewWidth),
    [timeline.from, timeline.to, viewWidth],
  );
  const level = Math.min(zoom, levels.length - 1);
  const scale = useMemo(
    () => makeScale(timeline.from, timeline.to, levels[level] ?? 1),
    [timeline.from, timeline.to, levels, level],
  );
  const xs = useMemo(() => timeline.items.map((i) => scale.x(i.date)), [timeline.items, scale]);
  // The Today line is drawn only while today is on the axis (TimelineBackground): labels keep clear of it.
  const todayX = today >= timeline.from && today <= timeline.to ? scale.x(today) : null;
  const layout = useMemo(
    () => layoutItems(timeline.items, xs, scale.width, todayX),
    [timeline.items, xs, scale.width, todayX],
  );
  return { levels, level, scale, xs, layout };
}

/** The scroller's width, followed as the window resizes. */
function useViewWidth(scroller: RefObject<HTMLDivElement | null>): number {
  const [viewWidth, setViewWidth] = useState(900);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewWidth(el.clientWidth));
    observer.observe(el);
    setViewWidth(el.clientWidth);
    return () => observer.disconnect();
  }, [scroller]);
  return viewWidth;
}

/** After a zoom, the anchored date stays where it was on screen. */
function useKeepAnchor(
  scroller: RefObject<HTMLDivElement | null>,
  anchor: RefObject<ZoomAnchor | null>,
  scale: Scale,
  setScrollLeft: (x: number) => void,
) {
  useLayoutEffect(() => {
    const el = scroller.current;
    const kept = anchor.current;
    if (!el || !kept) return;
    anchor.current = null;
    el.scrollLeft = Math.max(0, scale.x(kept.date) - kept.offset);
    setScrollLeft(el.scrollLeft);
  }, [scale, scroller, anchor, setScrollLeft]);
}

/**
 * Keyboard moves focus to an item that may only be rendered by the next render: the item
 * buttons register themselves, and the focus lands once the one asked for is there.
 */
function usePendingFocus() {
  const pending = useRef<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  useEffect(() => {
    if (pending.current === null) return;
    buttons.current.get(pending.current)?.focus({ preventScroll: true });
    pending.current = null;
  });
  // Stable across renders, so scrolling re-renders only the items that come into view.
  const register = useCallback((index: number, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(index, el);
    else buttons.current.delete(index);
  }, []);
  const focusSoon = useCallback((index: number) => {
    pending.current = index;
  }, []);
  return { register, focusSoon };
}
