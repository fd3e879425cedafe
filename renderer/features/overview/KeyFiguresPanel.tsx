import type { KeyFigures } from '../../../shared/guide/keyFigures';
import type { WeekIn } from '../../../shared/guide/phase';

/** "in 5 days", "in 3 weeks": far dates in weeks, near ones in days. */
function span(days: number): string {
  if (days >= 14) return `${Math.round(days / 7)} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

function weekText(week: WeekIn): { value: string; note: string } {
  switch (week.kind) {
    case 'before':
      return { value: 'Not started', note: week.days === 1 ? 'starts tomorrow' : `starts in ${span(week.days)}` };
    case 'during':
      return { value: `Week ${week.week}`, note: `of ${week.of}` };
    case 'after':
      return { value: 'Ended', note: week.days === 1 ? 'yesterday' : `${span(week.days)} ago` };
  }
}

/** Weeks in, open actions, the pairing share so far and each goal's latest score. */
export function KeyFiguresPanel({ figures }: { figures: KeyFigures }) {
  const week = weekText(figures.week);
  const { open, overdue } = figures.openActions;
  const pairing = figures.pairing;
  return (
    <section className="panel" aria-labelledby="figures-title">
      <h2 id="figures-title" className="panel__title">
        Key figures
      </h2>
      <dl className="figures">
        <div className="figure">
          <dt className="figure__label">Weeks in</dt>
          <dd className="figure__value">
            {week.value} <span className="figure__note">{week.note}</span>
          </dd>
        </div>
        <div className="figure">
          <dt className="figure__label">Open actions</dt>
          <dd className="figure__value">
            {open} <span className="figure__note">{overdue > 0 ? `${overdue} overdue` : 'none overdue'}</span>
          </dd>
        </div>
        <div className="figure">
          <dt className="figure__label">Pairing share</dt>
          <dd className="figure__value">
            {pairing === null ? (
              <span className="figure__note">From the start</span>
            ) : pairing.percent === null ? (
              <span className="figure__note">No working hours planned</span>
            ) : (
              <>
                {pairing.percent}%{' '}
                <span className={`figure__note${pairing.percent < pairing.target ? ' figure__note--warn' : ''}`}>
                  {figures.week.kind === 'after' ? 'overall' : 'so far'} · target {pairing.target}%
                </span>
              </>
            )}
          </dd>
        </div>
        <div className="figure figure--wide">
          <dt className="figure__label">Goals, latest scores</dt>
          <dd className="figure__goals">
            {figures.goals.length === 0 ? (
              <span className="figure__note">No goals yet</span>
            ) : (
              <ul className="figure__goal-list">
                {figures.goals.map((g) => (
                  <li key={g.id} className="figure__goal">
                    <span className="figure__goal-title">{g.title}</span>
                    <span className="figure__goal-score">{g.score === null ? 'Not scored' : `${g.score}%`}</span>
                    <span className="figure__bar" aria-hidden="true">
                      <span className="figure__bar-fill" style={{ width: `${g.score ?? 0}%` }} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
