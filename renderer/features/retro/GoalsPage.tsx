import { useState } from 'react';
import { GOAL_KINDS, GoalInputSchema, type Goal, type GoalInput, type Retro } from '../../../shared/model/retro';
import { goalTrend, hasProductionAdoptionGoal } from '../../../shared/retro/rules';
import { Field } from '../../components/Field';
import { Sparkline } from '../../components/Sparkline';
import { useDraftForm } from '../../components/useDraftForm';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { ReadOnlyFieldset } from '../engagements/ReadOnlyNotice';

const KIND_LABELS = { business: 'Business', technical: 'Technical' } as const;
const EMPTY_GOAL: GoalInput = {
  kind: 'business',
  title: '',
  metric: '',
  baseline: '',
  target: '',
  productionAdoption: false,
};

/** The goals and metrics sheet: fits on one page, aspirational, scored every week. */
export function GoalsPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('retro', engagementId);
  // A goal id, 'new' for the add form, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useAppStore((s) => s.deleteGoal);
  if (error || !data)
    return <LoadState error={error} failed="The goals could not be loaded" loading="Loading goals…" />;
  const { goals, retros } = data;

  return (
    <ReadOnlyFieldset engagementId={engagementId}>
      <div className="stack">
        <div className="section-header">
          <div>
            <h2 className="section-header__title">Goals and metrics</h2>
            <p className="section-header__text">
              A mix of business and technical goals, deliberately aspirational: finishing about 75% is a success. Score
              them before each weekly retro.
            </p>
          </div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing('new')}
            disabled={editing === 'new'}
          >
            Add goal
          </button>
        </div>

        {goals.length > 0 && !hasProductionAdoptionGoal(goals) ? (
          <p className="notice notice--warning" role="status">
            No goal is about production adoption yet. The playbook always includes one: the MVP in production, used.
          </p>
        ) : null}

        {editing === 'new' ? (
          <GoalForm engagementId={engagementId} goal={null} onDone={() => setEditing(null)} />
        ) : null}

        {goals.length === 0 && editing !== 'new' ? (
          <div className="empty">
            <h3 className="empty__title">No goals yet</h3>
            <p className="empty__text">
              Agree the goals with the host team before kick-off: what the MVP must do in production, and the habits to
              leave behind (tests, CI/CD, pairing).
            </p>
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              Add the first goal
            </button>
          </div>
        ) : null}

        <ul className="goal-list" aria-label="Goals">
          {goals.map((goal) =>
            editing === goal.id ? (
              <li key={goal.id} className="goal-card goal-card--editing">
                <GoalForm engagementId={engagementId} goal={goal} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <GoalCard
                key={goal.id}
                goal={goal}
                retros={retros}
                onEdit={() => setEditing(goal.id)}
                onDelete={() => void remove(engagementId, goal.id)}
              />
            ),
          )}
        </ul>
      </div>
    </ReadOnlyFieldset>
  );
}

interface GoalCardProps {
  goal: Goal;
  retros: Retro[];
  onEdit: () => void;
  onDelete: () => void;
}

/** A goal as read: its kind, title, metric from baseline to target, and its weekly scores. */
function GoalCard({ goal, retros, onEdit, onDelete }: GoalCardProps) {
  return (
    <li className="goal-card" aria-label={goal.title}>
      <div className="goal-card__main">
        <span className={`tag tag--${goal.kind}`}>{KIND_LABELS[goal.kind]}</span>
        {goal.productionAdoption ? <span className="tag tag--adoption">Production adoption</span> : null}
        <h3 className="goal-card__title">{goal.title}</h3>
        <p className="goal-card__metric">
          {goal.metric || 'No metric yet'}
          {goal.baseline || goal.target ? ` · from ${goal.baseline || '?'} to ${goal.target || '?'}` : ''}
        </p>
      </div>
      <Sparkline values={goalTrend(goal, retros).map((p) => p.score)} label={`Weekly scores of ${goal.title}`} />
      <div className="goal-card__actions">
        <button type="button" className="button button--ghost" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function GoalForm({ engagementId, goal, onDone }: { engagementId: string; goal: Goal | null; onDone: () => void }) {
  const save = useAppStore((s) => s.saveGoal);
  const { draft, set, errors, onSubmit } = useDraftForm<GoalInput, GoalInput>({
    initial: goal ? { ...goal } : EMPTY_GOAL,
    schema: GoalInputSchema,
    save: async (input) => {
      if (await save(engagementId, goal?.id ?? null, input)) onDone();
      return null;
    },
  });
  const text = (key: 'title' | 'metric' | 'baseline' | 'target', label: string, placeholder: string, wide = false) => (
    <Field label={label} error={errors[key]} className={wide ? 'form__wide' : undefined}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          value={draft[key]}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          autoFocus={key === 'title'}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form
      className="form goal-form"
      noValidate
      aria-label={goal ? `Edit goal ${goal.title}` : 'New goal'}
      onSubmit={onSubmit}
    >
      <div className="form__grid">
        {text('title', 'Goal', 'e.g. Checkout MVP live for 10% of traffic', true)}
        <Field label="Kind" error={errors['kind']}>
          {({ id, describedBy }) => (
            <select
              id={id}
              className="input"
              value={draft.kind}
              aria-describedby={describedBy}
              onChange={(e) => set({ kind: e.target.value as GoalInput['kind'] })}
            >
              {GOAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('metric', 'Metric', 'e.g. share of traffic, line coverage')}
        {text('baseline', 'Baseline', 'e.g. 0%')}
        {text('target', 'Target', 'e.g. 10%')}
        <label className="checkbox form__wide">
          <input
            type="checkbox"
            checked={draft.productionAdoption}
            onChange={(e) => set({ productionAdoption: e.target.checked })}
          />
          This goal is about production adoption
        </label>
      </div>
      <div className="form__actions form__actions--inline">
        <button type="submit" className="button button--primary">
          {goal ? 'Save goal' : 'Add goal'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
