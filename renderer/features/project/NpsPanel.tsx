import { useEffect } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import type { NpsPoint } from '../../../shared/ipc';
import { NPS_ROLE_LABELS, NPS_ROLES, type NpsResponse } from '../../../shared/model/projectRetro';
import { formatNps, npsCategory, npsReport, type NpsReport } from '../../../shared/project/nps';
import { npsQuestion } from '../../../shared/project/npsQuestion';
import { useAppStore } from '../../store';
import { NpsResponseForm } from './NpsResponseForm';
import { NpsSurveyActions } from './NpsSurveyActions';
import { NpsChart } from './NpsChart';
import { TeamNps } from '../team/TeamNps';

interface NpsPanelProps {
  engagementId: string;
  engagementName: string;
  responses: NpsResponse[];
}

/** The NPS survey: send it, import or record answers, see the score, its spread, and every engagement's score over time. */
export function NpsPanel({ engagementId, engagementName, responses }: NpsPanelProps) {
  const teamName = useAppStore((s) => s.settings.teamName);
  return (
    <section className="panel nps" aria-labelledby="nps-title">
      <div className="nps__header">
        <h3 id="nps-title" className="panel__title">
          3 · NPS survey
        </h3>
        <NpsSurveyActions engagementId={engagementId} engagementName={engagementName} />
      </div>
      <p className="muted nps__question">
        “{npsQuestion(teamName)}” 0–10, to the host team’s engineers and product people.
      </p>
      <NpsSummary report={npsReport(responses)} />

      <NpsResponseForm engagementId={engagementId} />

      {responses.length > 0 ? <NpsResponses engagementId={engagementId} responses={responses} /> : null}

      <NpsOverTime />
      <TeamNps />
    </section>
  );
}

/** The score, the counts per category and per role, and the spread of the scores 0 to 10. */
function NpsSummary({ report }: { report: NpsReport }) {
  const most = Math.max(1, ...report.distribution);
  return (
    <div className="nps__summary">
      <div className="nps__score" role="group" aria-label="Net Promoter Score">
        <span className="nps__value" data-testid="nps-value">
          {formatNps(report.nps)}
        </span>
        <span className="nps__caption">NPS from {report.count === 1 ? '1 response' : `${report.count} responses`}</span>
      </div>
      <dl className="nps__counts">
        <div className="nps__count nps__count--promoter">
          <dt>Promoters (9–10)</dt>
          <dd>{report.promoters}</dd>
        </div>
        <div className="nps__count nps__count--passive">
          <dt>Passives (7–8)</dt>
          <dd>{report.passives}</dd>
        </div>
        <div className="nps__count nps__count--detractor">
          <dt>Detractors (0–6)</dt>
          <dd>{report.detractors}</dd>
        </div>
        {NPS_ROLES.filter((r) => report.byRole[r].count > 0).map((r) => (
          <div key={r} className="nps__count">
            <dt>{NPS_ROLE_LABELS[r]}</dt>
            <dd>
              {formatNps(report.byRole[r].nps)} <span className="muted">({report.byRole[r].count})</span>
            </dd>
          </div>
        ))}
      </dl>
      <ol className="nps__bars" aria-label="Distribution of scores">
        {report.distribution.map((n, score) => (
          <li
            key={score}
            className={`nps__bar nps__bar--${npsCategory(score)}`}
            aria-label={`Score ${score}: ${n} ${n === 1 ? 'response' : 'responses'}`}
          >
            <span className="nps__bar-count" aria-hidden="true">
              {n > 0 ? n : ''}
            </span>
            <span className="nps__bar-fill" style={{ height: `${(n / most) * 100}%` }} aria-hidden="true" />
            <span className="nps__bar-score" aria-hidden="true">
              {score}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The answers recorded so far, each with a way to delete it. */
function NpsResponses({ engagementId, responses }: { engagementId: string; responses: NpsResponse[] }) {
  const remove = useAppStore((s) => s.deleteNpsResponse);
  return (
    <ul className="nps__responses" aria-label="Responses">
      {responses.map((r) => (
        <li key={r.id} className="nps__response">
          <span className={`nps__chip nps__chip--${npsCategory(r.score)}`}>{r.score}</span>
          <span className="nps__who">
            {r.respondent || 'Anonymous'} <span className="muted">· {NPS_ROLE_LABELS[r.role]}</span>
          </span>
          <span className="nps__comment">{r.comment}</span>
          <button
            type="button"
            className="button button--danger"
            aria-label={`Delete the response of ${r.respondent || 'Anonymous'} (${r.score})`}
            onClick={() => void remove(engagementId, r.id)}
          >
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Every engagement's NPS, by end date, on one chart: tracked over time, shared even when bad. */
function NpsOverTime() {
  const points = useAppStore((s) => s.npsOverTime);
  const load = useAppStore((s) => s.loadNpsOverTime);
  useEffect(() => {
    void load();
  }, [load]);
  if (points === null) return null;
  const scored = points.filter((p): p is NpsPoint & { nps: number } => p.nps !== null);
  return (
    <div className="nps-trend">
      <h4 className="nps-trend__title">NPS across engagements</h4>
      {scored.length === 0 ? (
        <p className="muted">No engagement has NPS responses yet.</p>
      ) : (
        <>
          <NpsChart points={scored} />
          <ol className="nps-trend__list" aria-label="NPS by engagement">
            {scored.map((p) => (
              <li key={p.engagementId}>
                <span className="nps-trend__name">{p.name}</span>{' '}
                <span className="muted">ended {formatDisplayDate(p.date)}</span> <strong>{formatNps(p.nps)}</strong>{' '}
                <span className="muted">({p.count})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
