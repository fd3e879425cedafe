interface SparklineProps {
  values: number[];
  /** What the values are, for screen readers ("Scores"). */
  label: string;
  max?: number;
  width?: number;
  height?: number;
}

/** A small trend line; screen readers get the numbers. */
export function Sparkline({ values, label, max = 100, width = 96, height = 24 }: SparklineProps) {
  const description = values.length === 0 ? `${label}: none yet` : `${label}: ${values.map((v) => `${v}%`).join(', ')}`;
  if (values.length === 0) {
    return (
      <span className="sparkline sparkline--empty" role="img" aria-label={description}>
        no scores yet
      </span>
    );
  }
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const y = (v: number) => height - 2 - (Math.max(0, Math.min(max, v)) / max) * (height - 4);
  const points = values.map((v, i) => `${(2 + i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1) ?? 0;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={description}
    >
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={2 + (values.length - 1) * step} cy={y(last)} r="2.5" fill="currentColor" />
    </svg>
  );
}
