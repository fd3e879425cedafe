import type { ReactNode } from 'react';
import type { EngagementSummary } from '../../../shared/model/engagement';
import { lifecycleEvents } from '../../../shared/keyDates/calendarEvents';
import {
  clampToEngagement,
  effectiveRituals,
  effectiveWeek,
  engagementWeeks,
  isWithinEngagement,
  resolveWeekOwner,
  type EngagementWeeks,
} from '../../../shared/planner';
import type { WeekKey } from '../../../shared/week';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { scopeKey } from '../../store/plannerSlice';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { EngagementInsight, WeekInsight } from './Insights';
import { OutsideWeek } from './OutsideWeek';
import { RitualsSection } from './RitualsSection';
import { WeekBoard } from './WeekBoard';
import { WeekNav } from './WeekNav';
import { ChooseEngagement, NoEngagementYet, PlannerOwner } from './PlannerOwner';
import { plannerTarget, type PlannerTarget } from './target';
import { ReadOnlyNotice, useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

/**
 * The planner for the week in the store. Pinned to one engagement (its Planner section),
 * it stays within the engagement's weeks and those that carry its kick-off, check-in or
 * follow-ups (exportable, not planned); otherwise the week finds its own engagement.
 */
export function PlannerView({ pinnedId }: { pinnedId: string | null }) {
  const storedWeek = useAppStore((s) => s.plannerWeek);
  const summaries = useAppStore((s) => s.summaries);
  const listLoaded = useAppStore((s) => s.listLoaded);
  const choice = useAppStore((s) => s.plannerChoice);
  const choose = useAppStore((s) => s.choosePlannerEngagement);
  const startNew = useAppStore((s) => s.startNew);
  // The check-in and follow-ups live in the lifecycle section: they add weeks to offer.
  const lifecycle = useLoaded('lifecycle', pinnedId, 'each-mount').data;
  const dayStart = useAppStore((s) => s.settings.dayStart);

  const pinned = pinnedId === null ? null : (summaries.find((s) => s.id === pinnedId) ?? null);
  const pinnedLifecycle =
    pinned && lifecycle ? lifecycleEvents({ engagement: pinned, lifecycle, settings: { dayStart } }) : [];
  const weeks: EngagementWeeks | null = pinned
    ? engagementWeeks(
        { start: pinned.startDate, end: pinned.endDate },
        pinnedLifecycle.map((e) => e.date),
      )
    : null;
  const week = weeks ? clampToEngagement(storedWeek, weeks) : storedWeek;
  const owner =
    pinnedId !== null ? ({ kind: 'engagement', id: pinnedId } as const) : resolveWeekOwner(summaries, week, choice);

  if (pinnedId !== null && !pinned) {
    return <LoadState loading="Loading the planner…" />;
  }

  const nav = <WeekNav week={week} weeks={weeks} />;

  if (pinned && weeks && !isWithinEngagement(week, weeks)) {
    return (
      <section className="planner" aria-label="Planner">
        {nav}
        <OutsideWeek engagement={pinned} week={week} events={pinnedLifecycle} />
      </section>
    );
  }

  if (owner.kind === 'choose') {
    return (
      <section className="planner" aria-label="Planner">
        {nav}
        <ChooseEngagement candidates={owner.candidates} choose={choose} />
      </section>
    );
  }

  const target = plannerTarget(owner.kind === 'engagement' ? owner.id : null, summaries);
  const { engagement } = target;
  const others =
    pinnedId === null && engagement ? resolveCandidates(summaries, week).filter((c) => c.id !== engagement.id) : [];

  return (
    <section className="planner" aria-label="Planner">
      {nav}
      {pinnedId === null && listLoaded && summaries.length === 0 ? <NoEngagementYet startNew={startNew} /> : null}
      <LoadedPlanner
        key={`${scopeKey(target.scope)}:${week}`}
        target={target}
        week={week}
        owner={
          pinnedId === null ? (
            <PlannerOwner
              engagement={engagement}
              others={others}
              showPlain={!(listLoaded && summaries.length === 0)}
              choose={choose}
            />
          ) : null
        }
      />
    </section>
  );
}

function resolveCandidates(summaries: readonly EngagementSummary[], week: WeekKey): EngagementSummary[] {
  const owner = resolveWeekOwner(summaries, week, '\u0000');
  if (owner.kind === 'choose') return owner.candidates;
  if (owner.kind === 'engagement') return summaries.filter((s) => s.id === owner.id);
  return [];
}

function LoadedPlanner({ target, week, owner }: { target: PlannerTarget; week: WeekKey; owner: ReactNode }) {
  // Loaded afresh each time the planner shows a scope or a week (the component is keyed by both).
  const { data, error } = useLoaded('planner', scopeKey(target.scope), 'each-mount');
  const settings = useAppStore((s) => s.settings);
  const pending = useAppStore((s) => s.plannerPending);
  const reset = useAppStore((s) => s.resetPlannerWeek);
  const exportWeek = useAppStore((s) => s.exportPlannerWeek);
  const today = useToday();
  const { scope } = target;
  const readOnly = useEngagementReadOnly(target.engagement?.id);

  const bar = (ready: boolean, saved: boolean) => (
    <div className="planner__bar">
      {owner ?? <span />}
      <div className="planner__actions">
        <span className="planner__status" role="status">
          {pending > 0 ? 'Saving…' : ready ? 'All changes saved' : ''}
        </span>
        {ready ? (
          saved ? (
            <button
              type="button"
              className="button button--ghost"
              disabled={readOnly}
              onClick={() => void reset(scope, week)}
            >
              Reset to template
            </button>
          ) : (
            <span className="planner__template">· From the template</span>
          )
        ) : null}
        <button type="button" className="button" disabled={!ready} onClick={() => void exportWeek(scope, week)}>
          Export .ics
        </button>
      </div>
    </div>
  );

  if (error) {
    return <LoadState error={error} failed="The planner could not be loaded" />;
  }
  if (!data) {
    return (
      <>
        {bar(false, false)}
        <p className="muted">Loading the week…</p>
      </>
    );
  }
  const stored = data.weeks[week];
  const plan = effectiveWeek(stored, week, settings, target.range);
  const rituals = target.scope.kind === 'engagement' ? effectiveRituals(data.rituals, settings) : [];
  return (
    <>
      {bar(true, stored !== undefined)}
      {/* Its own screens show it already; the Planner screen shows whichever engagement owns the week. */}
      {owner && target.engagement ? <ReadOnlyNotice engagementId={target.engagement.id} /> : null}
      <WeekBoard
        target={target}
        week={week}
        plan={plan}
        rituals={rituals}
        people={data.people}
        today={today}
        side={<WeekInsight target={target} week={week} plan={plan} rituals={rituals} today={today} />}
      />
      {target.scope.kind === 'engagement' ? (
        <div className="planner__split">
          <EngagementInsight target={target} data={data} today={today} />
          <RitualsSection engagementId={target.scope.id} rituals={rituals} />
        </div>
      ) : (
        <p className="muted planner__plain-note">
          Rituals and the pairing log belong to an engagement; a plain week has pairing, 20% and off days only.
        </p>
      )}
    </>
  );
}
