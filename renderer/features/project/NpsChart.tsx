import { formatDisplayDate } from '../../../shared/dates';
import type { NpsPoint } from '../../../shared/ipc';
import { formatNps } from '../../../shared/project/nps';

/**
 * NPS by engagement over time, one dot per engagement on a -100…100 scale (the project retro's
 * chart across your engagements, and the team's across the workspace). Screen readers get every
 * point in the label; the lists beside the charts give the same numbers as text.
 */
export function NpsChart({
  points,
  title = 'NPS over time',
}: {
  points: (NpsPoint & { nps: number })[];
  title?: string;
}) {
  const width = 560;
  const height = 150;
  const pad = { left: 36, right: 16, top: 20, bottom: 22 };
  const x = (i: number) =>
    points.length === 1
      ? (pad.left + width - pad.right) / 2
      : pad.left + (i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (nps: number) => pad.top + ((100 - nps) / 200) * (height - pad.top - pad.bottom);
  const description = `${title}: ${points.map((p) => `${p.name} ${formatNps(p.nps)}`).join(', ')}`;
  return (
    <svg
      className="nps-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      role="img"
      aria-label={description}
    >
      {[100, 0, -100].map((v) => (
        <g key={v}>
          <line
            className={v === 0 ? 'nps-chart__zero' : 'nps-chart__grid'}
            x1={pad.left}
            x2={width - pad.right}
            y1={y(v)}
            y2={y(v)}
          />
          <text className="nps-chart__axis" x={pad.left - 6} y={y(v) + 4} textAnchor="end">
            {formatNps(v)}
          </text>
        </g>
      ))}
      <polyline className="nps-chart__line" points={points.map((p, i) => `${x(i)},${y(p.nps)}`).join(' ')} />
      {points.map((p, i) => (
        <g key={p.engagementId}>
          <circle
            className={p.nps < 0 ? 'nps-chart__dot nps-chart__dot--negative' : 'nps-chart__dot'}
            cx={x(i)}
            cy={y(p.nps)}
            r={4}
          />
          <text className="nps-chart__label" x={x(i)} y={y(p.nps) - 8} textAnchor="middle">
            {formatNps(p.nps)}
          </text>
          <text className="nps-chart__axis" x={x(i)} y={height - 6} textAnchor={dateAnchor(i, points.length)}>
            {formatDisplayDate(p.date).replace(/^\d+ /, '')}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The first and last dates start and end at their dots: centred there, the first ran under the
 * scale's "−100" and the last out to the chart's edge.
 */
function dateAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}
