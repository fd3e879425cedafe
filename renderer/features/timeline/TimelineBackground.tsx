import { memo } from 'react';
import type { Timeline } from '../../../shared/project/timeline';
import { AXIS_H, LANES, laneTopOf, TREND_COLOURS } from './lanes';
import { layoutAxisLabels } from '../../../shared/project/timelineLabels';
import { ticks, type Scale } from './scale';

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
export const TimelineBackground = memo(function TimelineBackground({
  timeline,
  scale,
  height,
  trendH,
  lanesTop,
  today,
}: BackgroundProps) {
  return (
    <svg className="tl__svg" width={scale.width} height={height} aria-hidden="true">
      {LANES.map((lane) => (
        <line
          key={lane.id}
          className="tl__lane-line"
          x1={0}
          x2={scale.width}
          y1={laneTopOf(lanesTop, lane.id)}
          y2={laneTopOf(lanesTop, lane.id)}
        />
      ))}
      <Ticks timeline={timeline} scale={scale} height={height} />
      <rect
        className="tl__engagement"
        x={scale.x(timeline.start)}
        width={Math.max(0, scale.x(timeline.end) - scale.x(timeline.start))}
        y={AXIS_H - 4}
        height={4}
        rx={2}
      />
      <GoalTrends timeline={timeline} scale={scale} trendH={trendH} />
      <Guides timeline={timeline} scale={scale} height={height} today={today} />
    </svg>
  );
});

interface PartProps {
  timeline: Timeline;
  scale: Scale;
}

/** The axis ticks down the whole height, labelled along the top. */
function Ticks({ timeline, scale, height }: PartProps & { height: number }) {
  const all = ticks(scale, timeline.from, timeline.to);
  // A label that would run into the previous one is left out (months on a long engagement).
  const boxes = layoutAxisLabels(
    all.map((t) => ({ x: t.x, text: t.label })),
    scale.width,
    AXIS_H - 21,
  );
  const shown = all.map((t, i) => ({ t, box: boxes[i] ?? null }));
  return (
    <>
      {shown.map(({ t, box }) => (
        <g key={`${t.date}-${t.major ? 'M' : 'm'}`}>
          <line
            className={t.major ? 'tl__tick tl__tick--major' : 'tl__tick'}
            x1={t.x}
            x2={t.x}
            y1={AXIS_H - 6}
            y2={height}
          />
          {box ? (
            <text className="tl__tick-label" x={t.x + 4} y={AXIS_H - 10}>
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
    </>
  );
}

/** The goal band: grid lines at 0, 50 and 100%, and each goal's weekly scores as a line. */
function GoalTrends({ timeline, scale, trendH }: PartProps & { trendH: number }) {
  const trendY = (score: number) => AXIS_H + 8 + (1 - score / 100) * (trendH - 16);
  return (
    <>
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
    </>
  );
}

/** The end, the check-in and the MVP target as guide lines, and today while it is on the axis. */
function Guides({ timeline, scale, height, today }: PartProps & { height: number; today: string }) {
  const guides = [
    { date: timeline.end, label: 'End', className: 'tl-guide--end' },
    { date: timeline.checkIn, label: 'Check-in', className: 'tl-guide--end' },
    ...(timeline.mvp.target ? [{ date: timeline.mvp.target, label: 'MVP target', className: 'tl-guide--mvp' }] : []),
  ];
  const showToday = today >= timeline.from && today <= timeline.to;
  return (
    <>
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
    </>
  );
}
