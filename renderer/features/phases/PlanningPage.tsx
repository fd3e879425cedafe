import { formatDisplayDate } from '../../../shared/dates';
import type { Person } from '../../../shared/model/engagement';
import { KICKOFF_ITEMS, KICKOFF_LABELS, type LifecycleSection } from '../../../shared/model/lifecycle';
import type { Goal } from '../../../shared/model/retro';
import { hasProductionAdoptionGoal } from '../../../shared/retro/rules';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { Checklist, countDone } from './Checklist';
import { DateInput } from '../../components/DateInput';
import { LifecycleNote } from './LifecycleNote';
import { RolesWarnings } from '../engagements/Warnings';
import { ReadOnlyFieldset } from '../engagements/ReadOnlyNotice';

/** Before the start: roles, the kick-off meeting, the MVP date and the goals sheet. */
export function PlanningPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('lifecycle', engagementId, 'each-mount');
  const retro = useLoaded('retro', engagementId);
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const navigate = useAppStore((s) => s.navigate);
  if (error || !data || !engagement) return <LoadState error={error} failed="The plan could not be loaded" />;
  const goals = retro.data?.goals ?? [];

  return (
    <div className="stack">
      <div className="section-header">
        <div>
          <h2 className="section-header__title">Planning</h2>
          <p className="section-header__text">
            Before the start: an engineer and a different advisor, the kick-off in week 1, an MVP date early on, and the
            goals sheet.
          </p>
        </div>
      </div>

      <RolesPanel
        people={engagement.people}
        onEdit={() => navigate({ kind: 'engagement', id: engagementId, section: 'details' })}
      />

      <KickoffPanel engagementId={engagementId} startDate={engagement.startDate} plan={data} />

      <GoalsCheck
        goals={retro.data === undefined ? undefined : goals}
        onOpen={() => navigate({ kind: 'engagement', id: engagementId, section: 'goals' })}
      />
    </div>
  );
}

/** Whether the goals are agreed, with a production-adoption one among them (undefined: still loading). */
function GoalsCheck({ goals, onOpen }: { goals: Goal[] | undefined; onOpen: () => void }) {
  return (
    <section className="panel panel--tight" aria-labelledby="plan-goals-title">
      <h3 id="plan-goals-title" className="panel__title">
        Goals and metrics
      </h3>
      {goals === undefined ? (
        <p className="muted">Loading goals…</p>
      ) : goals.length === 0 ? (
        <p className="notice notice--warning" role="status">
          No goals yet. Agree them before kick-off, including a production-adoption goal.
        </p>
      ) : !hasProductionAdoptionGoal(goals) ? (
        <p className="notice notice--warning" role="status">
          No goal is about production adoption yet. The playbook always includes one.
        </p>
      ) : (
        <p>
          {goals.length} {goals.length === 1 ? 'goal' : 'goals'}, including production adoption.
        </p>
      )}
      <p>
        <button type="button" className="link-button" onClick={onOpen}>
          Open the goals sheet
        </button>
      </p>
    </section>
  );
}

/** The warnings about the engagement's roles, and the way to its people. */
function RolesPanel({ people, onEdit }: { people: Person[]; onEdit: () => void }) {
  return (
    <section className="panel panel--tight" aria-labelledby="roles-title">
      <h3 id="roles-title" className="panel__title">
        Roles
      </h3>
      <RolesWarnings people={people} />
      <p className="muted">
        <button type="button" className="link-button" onClick={onEdit}>
          Edit the people in Overview
        </button>
      </p>
    </section>
  );
}

/** The kick-off meeting: its date, the MVP target date, the checklist and the notes. */
function KickoffPanel(props: { engagementId: string; startDate: string; plan: LifecycleSection }) {
  const { engagementId, startDate, plan } = props;
  const patch = useAppStore((s) => s.patchLifecycle);
  const kickoff = countDone(plan.kickoffChecklist);
  return (
    <ReadOnlyFieldset engagementId={engagementId}>
      <section className="panel panel--tight" aria-labelledby="kickoff-title">
        <h3 id="kickoff-title" className="panel__title">
          Kick-off meeting ({kickoff.done} of {kickoff.total} covered)
        </h3>
        <div className="form__grid">
          <Field label="Kick-off date" hint="In week 1, 30–60 minutes.">
            {({ id, describedBy }) => (
              <DateInput
                id={id}
                describedBy={describedBy}
                value={plan.kickoffDate}
                onChange={(kickoffDate) => void patch(engagementId, { kickoffDate })}
              />
            )}
          </Field>
          <Field
            label="MVP target date"
            hint={
              plan.mvpTargetDate
                ? `The MVP should reach production early: engagement starts ${formatDisplayDate(startDate)}.`
                : 'The MVP should reach production early (first ~2 weeks).'
            }
          >
            {({ id, describedBy }) => (
              <DateInput
                id={id}
                describedBy={describedBy}
                value={plan.mvpTargetDate}
                onChange={(mvpTargetDate) => void patch(engagementId, { mvpTargetDate })}
              />
            )}
          </Field>
        </div>
        <Checklist
          label="Kick-off checklist"
          items={KICKOFF_ITEMS}
          labels={KICKOFF_LABELS}
          value={plan.kickoffChecklist}
          onChange={(kickoffChecklist) => void patch(engagementId, { kickoffChecklist })}
        />
        <LifecycleNote
          engagementId={engagementId}
          note="kickoffNotes"
          label="Kick-off notes"
          placeholder="What was agreed: framework, coverage target, MVP scope, dates, retro slot…"
          initial={plan.kickoffNotes}
        />
      </section>
    </ReadOnlyFieldset>
  );
}
