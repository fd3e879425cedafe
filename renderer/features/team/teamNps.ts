import type { NpsPoint } from '../../../shared/ipc';
import { npsOf } from '../../../shared/project/nps';
import type { TeamNpsPoint } from '../../store/teamSlice';

/** One engagement's score from every response in the workspace, dated by its last response. */
export type TeamNpsRow = NpsPoint & { nps: number };

/**
 * The team's NPS over time: the workspace's responses grouped by engagement, each scored as
 * the engagement's own NPS is, in the order of their last response (ties by name). Dates may
 * come as moments; the calendar date is what the chart shows.
 */
export function teamNpsRows(points: readonly TeamNpsPoint[]): TeamNpsRow[] {
  const byEngagement = new Map<string, { name: string; date: string; scores: number[] }>();
  for (const point of points) {
    const date = point.date.slice(0, 10);
    const entry = byEngagement.get(point.engagementId);
    if (!entry) {
      byEngagement.set(point.engagementId, { name: point.engagementName, date, scores: [point.score] });
      continue;
    }
    entry.scores.push(point.score);
    if (date > entry.date) entry.date = date;
  }
  const rows: TeamNpsRow[] = [];
  for (const [engagementId, { name, date, scores }] of byEngagement) {
    const summary = npsOf(scores);
    if (summary.nps === null) continue;
    const { count, promoters, passives, detractors, nps } = summary;
    rows.push({ engagementId, name, date, count, promoters, passives, detractors, nps });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

/** The NPS of every response in the workspace together: the team's one number. */
export function teamNpsOverall(points: readonly TeamNpsPoint[]): { nps: number | null; count: number } {
  const { nps, count } = npsOf(points.map((p) => p.score));
  return { nps, count };
}
