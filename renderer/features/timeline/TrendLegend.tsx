import type { Timeline } from '../../../shared/project/timeline';
import { TREND_COLOURS } from './lanes';

/** The goals' colours, each with its latest score (and the first, once there are two). */
export function TrendLegend({ timeline }: { timeline: Timeline }) {
  if (timeline.trends.length === 0)
    return (
      <p className="muted tl__legend-empty">
        No goals yet: their weekly scores are drawn along the top once they are scored.
      </p>
    );
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
              {latest === undefined
                ? 'not scored yet'
                : `${latest}%${scores.length > 1 ? ` (from ${scores[0] ?? 0}%)` : ''}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
