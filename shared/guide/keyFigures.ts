import type { Settings } from '../model/settings';
import { engagementTotals, pairingShare, percent } from '../planner/totals';
import { allActionItems, latestScore } from '../retro/rules';
import { weekIn, type WeekIn } from './phase';
import type { GuideInput } from './types';

export interface GoalFigure {
  id: string;
  title: string;
  /** The latest weekly score, 0–100; null before the first. */
  score: number | null;
}

/** The Overview's figures: where the engagement is, how far the goals got, what is open, the 80/20 split. */
export interface KeyFigures {
  week: WeekIn;
  goals: GoalFigure[];
  openActions: { open: number; overdue: number };
  /**
   * The share of working hours spent pairing so far, in whole percent, against the target;
   * null before the start. `percent` is null when no working hour is planned yet.
   */
  pairing: { percent: number | null; target: number } | null;
}

export function keyFigures(input: GuideInput, settings: Settings, today: string): KeyFigures {
  const { engagement: e, retro, planner } = input;
  const open = allActionItems(retro.retros).filter((item) => !item.checked);
  const totals = engagementTotals(planner, { start: e.startDate, end: e.endDate }, settings, today);
  const share = totals ? pairingShare(totals.totals) : null;
  return {
    week: weekIn(e, today),
    goals: retro.goals.map((g) => ({ id: g.id, title: g.title, score: latestScore(g, retro.retros) })),
    openActions: { open: open.length, overdue: open.filter((i) => i.due !== null && i.due < today).length },
    pairing: totals ? { percent: share === null ? null : percent(share), target: settings.pairingTarget } : null,
  };
}
