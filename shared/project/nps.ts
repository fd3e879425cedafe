import { NPS_ROLES, type NpsResponse, type NpsRole } from '../model/projectRetro';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** 9–10 promote, 7–8 are passive, 0–6 detract. */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsSummary {
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, rounded half away from zero; null with no responses. */
  nps: number | null;
  /** How many answered each score: index 0 to 10. */
  distribution: number[];
}

/** Rounds half away from zero, so +12.5 and −12.5 round alike (Math.round gives 13 and −12). */
function roundHalfAway(value: number): number {
  // Float noise off first: a ratio times 100 can land on x.49999… when it means x.5.
  const fixed = Math.round(Math.abs(value) * 1e6) / 1e6;
  const rounded = Math.sign(value) * Math.round(fixed);
  return rounded === 0 ? 0 : rounded;
}

export function npsOf(scores: readonly number[]): NpsSummary {
  const distribution = Array.from({ length: 11 }, () => 0);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    if (!Number.isInteger(score) || score < 0 || score > 10) continue;
    distribution[score] = (distribution[score] ?? 0) + 1;
    const category = npsCategory(score);
    if (category === 'promoter') promoters++;
    else if (category === 'passive') passives++;
    else detractors++;
  }
  const count = promoters + passives + detractors;
  const nps = count === 0 ? null : roundHalfAway(((promoters - detractors) / count) * 100);
  return { count, promoters, passives, detractors, nps, distribution };
}

export interface NpsReport extends NpsSummary {
  byRole: Record<NpsRole, NpsSummary>;
}

/** The survey's NPS, and the same for each role (engineers and product often disagree). */
export function npsReport(responses: readonly Pick<NpsResponse, 'score' | 'role'>[]): NpsReport {
  const byRole = Object.fromEntries(
    NPS_ROLES.map((role) => [role, npsOf(responses.filter((r) => r.role === role).map((r) => r.score))]),
  ) as Record<NpsRole, NpsSummary>;
  return { ...npsOf(responses.map((r) => r.score)), byRole };
}

/** "+20", "0", "−15" — NPS is shown signed. */
export function formatNps(nps: number | null): string {
  if (nps === null) return '–';
  if (nps > 0) return `+${nps}`;
  if (nps < 0) return `−${Math.abs(nps)}`;
  return '0';
}
