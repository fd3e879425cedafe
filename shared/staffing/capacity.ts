import { daysBetween, formatDisplayDate } from '../dates';
import type { Engagement } from '../model/engagement';
import type { Settings } from '../model/settings';
import { personKey } from './roles';

export type CapacityRule = 'overlap' | 'buffer' | 'back-to-back' | 'too-long';

export interface CapacityWarning {
  rule: CapacityRule;
  /** The engineer concerned (null for a rule about one engagement alone). */
  engineer: string | null;
  /** The engagements concerned, in date order. */
  engagementIds: string[];
  message: string;
}

export type CapacityEngagement = Pick<Engagement, 'id' | 'name' | 'status' | 'startDate' | 'endDate' | 'people'>;
export type CapacitySettings = Pick<Settings, 'bufferWeeks' | 'maxBackToBack' | 'maxEngagementWeeks'>;

/** Sourcing candidates are not commitments yet: they never count against anyone's capacity. */
function committed(e: CapacityEngagement): boolean {
  return e.status !== 'sourcing';
}

const byDate = (a: CapacityEngagement, b: CapacityEngagement) =>
  a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id);

/**
 * The scheduling rules, as warnings (never blocking):
 * - too long: start to end more than `maxEngagementWeeks` weeks (a quarter, 13, by default);
 * - overlap: one engineer in two engagements that share a day;
 * - buffer: fewer than `bufferWeeks` weeks from one engagement's end to the engineer's next start
 *   (start + 10 weeks, then 3 weeks, lands on the next quarter's start: exactly enough);
 * - back to back: more than `maxBackToBack` engagements in a run, where a run is broken only
 *   by a quarter off (`maxEngagementWeeks` weeks or more between an end and the next start).
 * Engineers are people with the engineer role, the same person across engagements by email
 * (or by name when there is no email).
 */
export function capacityWarnings(
  engagements: readonly CapacityEngagement[],
  settings: CapacitySettings,
): CapacityWarning[] {
  const warnings: CapacityWarning[] = [];
  const active = engagements.filter(committed).sort(byDate);

  for (const e of active) {
    const weeks = daysBetween(e.startDate, e.endDate) / 7;
    if (weeks > settings.maxEngagementWeeks) {
      warnings.push({
        rule: 'too-long',
        engineer: null,
        engagementIds: [e.id],
        message: `“${e.name}” runs ${formatWeeks(weeks)}, longer than a quarter (${settings.maxEngagementWeeks} weeks).`,
      });
    }
  }

  const byEngineer = new Map<string, { name: string; engagements: CapacityEngagement[] }>();
  for (const e of active) {
    const seen = new Set<string>();
    for (const p of e.people) {
      if (p.role !== 'engineer') continue;
      const key = personKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byEngineer.get(key) ?? { name: p.name, engagements: [] };
      entry.engagements.push(e);
      byEngineer.set(key, entry);
    }
  }

  for (const { name, engagements: list } of byEngineer.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || b.startDate > a.endDate) continue;
        warnings.push({
          rule: 'overlap',
          engineer: name,
          engagementIds: [a.id, b.id],
          message: `${name} is in “${a.name}” and “${b.name}” at the same time (from ${formatDisplayDate(b.startDate)}).`,
        });
      }
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      if (!prev || !next) continue;
      const gap = daysBetween(prev.endDate, next.startDate);
      if (gap > 0 && gap < settings.bufferWeeks * 7) {
        warnings.push({
          rule: 'buffer',
          engineer: name,
          engagementIds: [prev.id, next.id],
          message: `${name} has ${formatDays(gap)} between “${prev.name}” and “${next.name}”; leave at least ${settings.bufferWeeks} weeks.`,
        });
      }
    }
    // Runs of engagements without a quarter off; the one that makes a run too long warns.
    let run: CapacityEngagement[] = [];
    let runEnd = '';
    for (const e of list) {
      if (run.length > 0 && daysBetween(runEnd, e.startDate) >= settings.maxEngagementWeeks * 7) run = [];
      run.push(e);
      runEnd = run.length === 1 || e.endDate > runEnd ? e.endDate : runEnd;
      if (run.length > settings.maxBackToBack) {
        warnings.push({
          rule: 'back-to-back',
          engineer: name,
          engagementIds: run.map((r) => r.id),
          message: `“${e.name}” would be ${name}’s ${ordinal(run.length)} engagement back to back; the limit is ${settings.maxBackToBack} before a quarter off.`,
        });
      }
    }
  }
  return warnings;
}

/** The warnings that concern one engagement. */
export function warningsFor(warnings: readonly CapacityWarning[], engagementId: string): CapacityWarning[] {
  return warnings.filter((w) => w.engagementIds.includes(engagementId));
}

function formatWeeks(weeks: number): string {
  const whole = Math.floor(weeks);
  const days = Math.round((weeks - whole) * 7);
  return days === 0 ? `${whole} weeks` : `${whole} weeks and ${days === 1 ? '1 day' : `${days} days`}`;
}

function formatDays(days: number): string {
  if (days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

function ordinal(n: number): string {
  const words = [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
  ];
  return words[n - 1] ?? `${n}th`;
}
