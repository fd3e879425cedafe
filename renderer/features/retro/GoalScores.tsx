import { useState } from 'react';
import type { Goal, GoalScore, Retro } from '../../../shared/model/retro';
import { goalTrend } from '../../../shared/retro/rules';
import { Sparkline } from '../../components/Sparkline';
import { usePastRetro } from './usePastRetro';

/** Each goal's score this week, beside its trend over the earlier retros. */
export function GoalScores(props: {
  goals: Goal[];
  retros: Retro[];
  retro: Retro;
  editable: boolean;
  onChange: (scores: GoalScore[]) => void;
}) {
  const { goals, retros, retro, editable, onChange } = props;
  const [scores, setScores] = useState<GoalScore[]>(retro.goalScores);
  // A past week's retro is a record: it says what was, not what to do.
  const past = usePastRetro(retro.date);
  if (goals.length === 0) {
    return (
      <p className="muted">
        {past ? 'No goals to score then.' : 'No goals yet. Add them under Goals, then score them here each week.'}
      </p>
    );
  }
  const update = (goalId: string, patch: Partial<GoalScore>) => {
    const existing = scores.find((s) => s.goalId === goalId) ?? { goalId, score: 0, note: '' };
    const next = [...scores.filter((s) => s.goalId !== goalId), { ...existing, ...patch }];
    setScores(next);
    onChange(next);
  };
  return (
    <ul className="score-list" aria-label="Goal scores">
      {goals.map((goal) => {
        const score = scores.find((s) => s.goalId === goal.id);
        const history = goalTrend(
          goal,
          retros.filter((r) => r.id !== retro.id && r.date <= retro.date),
        ).map((p) => p.score);
        const trend = score ? [...history, score.score] : history;
        return (
          <li key={goal.id} className="score-row">
            <label className="score-row__title" htmlFor={`score-${goal.id}`}>
              {goal.title}
            </label>
            <input
              id={`score-${goal.id}`}
              className="input score-row__input"
              type="number"
              min={0}
              max={100}
              step={5}
              placeholder="–"
              value={score?.score ?? ''}
              disabled={!editable}
              aria-describedby={`score-${goal.id}-unit`}
              onChange={(e) => {
                const value = Math.round(e.target.valueAsNumber);
                if (Number.isNaN(value)) return;
                update(goal.id, { score: Math.max(0, Math.min(100, value)) });
              }}
            />
            <span id={`score-${goal.id}-unit`} className="score-row__unit">
              % done
            </span>
            <Sparkline values={trend} label={`Trend of ${goal.title}`} />
            <input
              className="input score-row__note"
              value={score?.note ?? ''}
              placeholder={past ? undefined : 'Note (optional)'}
              aria-label={`Note on ${goal.title}`}
              disabled={!editable || !score}
              onChange={(e) => update(goal.id, { note: e.target.value })}
            />
          </li>
        );
      })}
    </ul>
  );
}
