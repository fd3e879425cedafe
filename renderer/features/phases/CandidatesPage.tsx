import { useEffect } from 'react';
import { compareCandidates, type CandidateRow } from '../../../shared/sourcing/fitCheck';
import { FIT_CATEGORIES, FIT_CATEGORY_LABELS } from '../../../shared/model/lifecycle';
import { useAppStore } from '../../store';
import { LoadState } from '../../components/LoadState';

/** Sourcing candidates side by side, best fit first. */
export function CandidatesPage() {
  const candidates = useAppStore((s) => s.candidates);
  const load = useAppStore((s) => s.loadCandidates);
  const open = useAppStore((s) => s.openEngagement);
  const navigate = useAppStore((s) => s.navigate);
  const promote = useAppStore((s) => s.promoteCandidate);
  const startNewCandidate = useAppStore((s) => s.startNewCandidate);
  useEffect(() => {
    void load();
  }, [load]);
  const rows = candidates ? compareCandidates(candidates.map((c) => ({ ...c, lifecycle: c }))) : null;

  return (
    <div className="page page--wide">
      <header className="page__header">
        <div>
          <h1 className="page__title">Candidates</h1>
          <p className="page__subtitle">
            Engagements still being sourced, compared on the fit check: business value, technical value and team fit.
          </p>
        </div>
      </header>
      {rows === null ? <LoadState loading="Loading candidates…" /> : null}
      {rows !== null && rows.length === 0 ? (
        <div className="empty">
          <h2 className="empty__title">No candidates</h2>
          <p className="empty__text">
            An engagement with the status “Sourcing” is a candidate: score it in its Sourcing section.
          </p>
          <button type="button" className="button button--primary" onClick={startNewCandidate}>
            New candidate
          </button>
        </div>
      ) : null}
      {rows !== null && rows.length > 0 ? (
        <table className="fit-table fit-table--compare" aria-label="Candidates compared">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Candidate</th>
              {FIT_CATEGORIES.map((c) => (
                <th key={c} scope="col">
                  {FIT_CATEGORY_LABELS[c]}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">Red flags</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CandidateTableRow
                key={row.id}
                row={row}
                onOpen={() => {
                  void open(row.id).then(() => {
                    if (useAppStore.getState().engagements[row.id])
                      navigate({ kind: 'engagement', id: row.id, section: 'sourcing' });
                  });
                }}
                onPromote={() => void promote(row.id)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** One candidate: its rank, name (opens its Sourcing section), fit totals, red flags and Promote. */
function CandidateTableRow({
  row,
  onOpen,
  onPromote,
}: {
  row: CandidateRow;
  onOpen: () => void;
  onPromote: () => void;
}) {
  return (
    <tr>
      <td>{row.rank ?? '–'}</td>
      <th scope="row">
        <button type="button" className="link-button" onClick={onOpen}>
          {row.name}
        </button>
        <span className="fit-table__team">{row.hostTeam}</span>
      </th>
      {FIT_CATEGORIES.map((c) => (
        <td key={c}>
          {row.totals.reviewers === 0 ? '–' : `${row.totals.byCategory[c]} / ${row.totals.reviewers * 2}`}
        </td>
      ))}
      <td>
        {row.totals.reviewers === 0 ? (
          <span className="muted">Not scored</span>
        ) : (
          <>
            <strong>
              {row.totals.total} / {row.totals.max}
            </strong>{' '}
            ({row.totals.percent}%, {row.totals.reviewers} {row.totals.reviewers === 1 ? 'reviewer' : 'reviewers'})
          </>
        )}
      </td>
      <td>{row.redFlags === 0 ? 'None' : <span className="tag tag--warning">{row.redFlags}</span>}</td>
      <td>
        <button type="button" className="button" aria-label={`Promote ${row.name} to planning`} onClick={onPromote}>
          Promote
        </button>
      </td>
    </tr>
  );
}
