import { useId } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { ROLE_LABELS } from '../../../shared/model/engagement';
import type { Ritual, WeekPlan } from '../../../shared/model/planner';
import {
  engagementTotals,
  formatHours,
  pairingShare,
  pairingSummary,
  percent,
  shareWarning,
  weekTotals,
  weekWarnings,
  type PlannerWarning,
  type Totals,
} from '../../../shared/planner';
import type { WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';
import type { PlannerData } from '../../store/plannerSlice';
import type { PlannerTarget } from './target';

interface InsightsProps {
  target: PlannerTarget;
  week: WeekKey;
  plan: WeekPlan;
  data: PlannerData;
  rituals: Ritual[];
  today: string;
}

/** This week's 80/20 gauge and its warnings in words. */
export function WeekInsight({ target, week, plan, rituals, today }: Omit<InsightsProps, 'data'>) {
  const settings = useAppStore((s) => s.settings);
  const warnings = weekWarnings({
    key: week,
    plan,
    settings,
    rituals,
    today,
    logsPartners: target.scope.kind === 'engagement',
  });
  return (
    <section className="card" aria-labelledby="insight-week">
      <h2 id="insight-week" className="card__title">
        This week
      </h2>
      <Gauge label="Pairing share this week" totals={weekTotals(plan)} target={settings.pairingTarget} />
      <Warnings
        label="Warnings for this week"
        warnings={warnings}
        allClear={`On track: pairing at or above ${settings.pairingTarget}%, the 20% day protected.`}
      />
    </section>
  );
}

/** The engagement so far: its gauge, and who you paired with (the diffusion signal). */
export function EngagementInsight({ target, data, today }: Pick<InsightsProps, 'target' | 'data' | 'today'>) {
  const settings = useAppStore((s) => s.settings);
  if (!target.range || !target.engagement) return null;
  const section = { weeks: data.weeks, rituals: data.rituals };
  const sofar = engagementTotals(section, target.range, settings, today);
  const sofarWarning = sofar ? shareWarning(sofar.totals, settings.pairingTarget, 'the engagement’s') : null;
  return (
    <section className="card" aria-labelledby="insight-engagement">
      <h2 id="insight-engagement" className="card__title">
        Engagement so far
      </h2>
      {sofar ? (
        <>
          <Gauge label="Pairing share of the engagement so far" totals={sofar.totals} target={settings.pairingTarget} />
          <p className="card__meta">
            {sofar.weeks === 1 ? '1 week' : `${sofar.weeks} weeks`} of {target.engagement.name}, as planned.
          </p>
          <Warnings label="Warnings for the engagement" warnings={sofarWarning ? [sofarWarning] : []} allClear={null} />
        </>
      ) : (
        <p className="muted">
          {target.engagement.name} starts on {formatDisplayDate(target.range.start)}.
        </p>
      )}
      <PairingTable summary={pairingSummary(section, data.people)} />
    </section>
  );
}

function Gauge({ label, totals, target }: { label: string; totals: Totals; target: number }) {
  const id = useId();
  const share = pairingShare(totals);
  const pairingPct = share === null ? 0 : percent(share);
  const twentyPct = share === null ? 0 : 100 - pairingPct;
  const below = share !== null && pairingPct < target;
  const valueText =
    share === null
      ? 'No working hours planned'
      : `${pairingPct}% pairing, ${twentyPct}% 20% time; target ${target}% pairing`;
  return (
    <div className={`gauge${below ? ' gauge--below' : ''}`}>
      <div className="gauge__head">
        <span className="gauge__value">{share === null ? 'No working hours' : `${pairingPct}% pairing`}</span>
        <span className="gauge__caption">
          <span id={id} className="visually-hidden">
            {label}
          </span>
          of working hours · target {target}%
        </span>
      </div>
      <div
        className="gauge__track"
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pairingPct}
        aria-valuetext={valueText}
      >
        <div className="gauge__bars">
          <div className="gauge__pairing" style={{ width: `${pairingPct}%` }} />
          <div className="gauge__twenty" style={{ width: `${twentyPct}%` }} />
        </div>
        <div className="gauge__target" style={{ left: `${target}%` }} title={`Target: ${target}%`} />
      </div>
      <p className="gauge__legend">
        <span className="legend legend--pairing">Pairing {formatHours(totals.pairing)}</span>
        <span className="legend legend--twenty">20% time {formatHours(totals.twenty)}</span>
        <span className="legend legend--off">Off {formatHours(totals.off)}</span>
      </p>
    </div>
  );
}

function Warnings({
  label,
  warnings,
  allClear,
}: {
  label: string;
  warnings: PlannerWarning[];
  allClear: string | null;
}) {
  if (warnings.length === 0) {
    return allClear ? <p className="all-clear">{allClear}</p> : null;
  }
  return (
    <ul className="warnings" aria-label={label}>
      {warnings.map((w, i) => (
        <li key={`${w.kind}:${w.day ?? ''}:${i}`} className={`warning warning--${w.kind}`}>
          <span className="warning__icon" aria-hidden="true">
            !
          </span>
          {w.message}
        </li>
      ))}
    </ul>
  );
}

function PairingTable({ summary }: { summary: ReturnType<typeof pairingSummary> }) {
  const max = Math.max(1, ...summary.rows.map((r) => r.days));
  return (
    <div className="pairing-summary">
      <h3 className="pairing-summary__title">Who you paired with</h3>
      {summary.rows.length === 0 ? (
        <p className="muted">Add the host team’s people to the engagement to see how pairing spreads across them.</p>
      ) : (
        <table className="pairing-table">
          <caption className="visually-hidden">Pairing days per host-team member, whole engagement</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col" className="pairing-table__num">
                Days
              </th>
              <th scope="col">
                <span className="visually-hidden">Share</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.personId}>
                <td>{row.name}</td>
                <td className="muted">{row.role ? ROLE_LABELS[row.role] : '—'}</td>
                <td className="pairing-table__num">{row.days}</td>
                <td className="pairing-table__bar-cell">
                  <span className="pairing-table__bar" style={{ width: `${(row.days / max) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="card__meta">
        {summary.loggedDays === 0
          ? 'No pairing logged yet: on a pairing day, tick who you paired with.'
          : `${summary.loggedDays} pairing ${summary.loggedDays === 1 ? 'day' : 'days'} logged. Pairing with many people spreads the habits.`}
      </p>
      {summary.warning ? <Warnings label="Pairing diffusion" warnings={[summary.warning]} allClear={null} /> : null}
    </div>
  );
}
