import { useState, type SyntheticEvent } from 'react';
import { fitTotals } from '../../../shared/sourcing/fitCheck';
import { FIT_CATEGORIES, FIT_CATEGORY_LABELS, type FitVote, type Vote } from '../../../shared/model/lifecycle';
import { useAppStore } from '../../store';
import { undoToast } from '../../store/writes';
import { newId } from './newId';

export const VOTE_LABELS: Record<Vote, string> = { 0: '0 · thumbs down', 1: '1 · sideways', 2: '2 · thumbs up' };

interface Props {
  engagementId: string;
  votes: FitVote[];
  onChange: (votes: FitVote[]) => void;
}

/** "Roman voting": each reviewer gives 0, 1 or 2 per category; totals per category. */
export function FitCheck({ engagementId, votes, onChange }: Props) {
  const [reviewer, setReviewer] = useState('');
  const add = (event: SyntheticEvent) => {
    event.preventDefault();
    const name = reviewer.trim();
    if (name === '') return;
    onChange([...votes, { id: newId(), reviewer: name, business: 1, technical: 1, teamFit: 1 }]);
    setReviewer('');
  };

  return (
    <section className="panel panel--tight" aria-labelledby="fit-check-title">
      <h3 id="fit-check-title" className="panel__title">
        Fit check
      </h3>
      <p className="muted">Each reviewer votes 0 (thumbs down), 1 (sideways) or 2 (thumbs up) per category.</p>
      {votes.length > 0 ? <FitTable engagementId={engagementId} votes={votes} onChange={onChange} /> : null}
      <form className="inline-form" onSubmit={add} aria-label="Add a reviewer">
        <label className="visually-hidden" htmlFor="fit-reviewer">
          Reviewer name
        </label>
        <input
          id="fit-reviewer"
          className="input inline-form__input"
          placeholder="Reviewer name"
          value={reviewer}
          maxLength={120}
          onChange={(e) => setReviewer(e.target.value)}
        />
        <button type="submit" className="button" disabled={reviewer.trim() === ''}>
          Add reviewer
        </button>
      </form>
    </section>
  );
}

/** The votes, one row per reviewer (each vote editable), with the totals per category and overall. */
function FitTable({ engagementId, votes, onChange }: Props) {
  const totals = fitTotals(votes);
  const remove = useRemoveVote({ engagementId, votes, onChange });
  const change = (id: string, patch: Partial<FitVote>) =>
    onChange(votes.map((v) => (v.id === id ? { ...v, ...patch } : v)));
  return (
    <table className="fit-table" aria-label="Fit votes">
      <thead>
        <tr>
          <th scope="col">Reviewer</th>
          {FIT_CATEGORIES.map((c) => (
            <th key={c} scope="col">
              {FIT_CATEGORY_LABELS[c]}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {votes.map((vote) => (
          <tr key={vote.id}>
            <th scope="row">{vote.reviewer}</th>
            {FIT_CATEGORIES.map((c) => (
              <td key={c}>
                <select
                  className="input input--compact"
                  aria-label={`${FIT_CATEGORY_LABELS[c]} from ${vote.reviewer}`}
                  value={vote[c]}
                  onChange={(e) => change(vote.id, { [c]: Number(e.target.value) as Vote })}
                >
                  {([0, 1, 2] as const).map((n) => (
                    <option key={n} value={n}>
                      {VOTE_LABELS[n]}
                    </option>
                  ))}
                </select>
              </td>
            ))}
            <td>
              <button
                type="button"
                className="button button--ghost"
                aria-label={`Delete the vote of ${vote.reviewer}`}
                onClick={() => remove(vote)}
              >
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {FIT_CATEGORIES.map((c) => (
            <td key={c} aria-label={`${FIT_CATEGORY_LABELS[c]} total`}>
              {totals.byCategory[c]} / {totals.reviewers * 2}
            </td>
          ))}
          <td aria-label="Overall">
            <strong>
              {totals.total} / {totals.max}
            </strong>
            {totals.percent !== null ? ` (${totals.percent}%)` : null}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Deletes a reviewer's vote; Undo puts it back where it was, in the votes as they are by then. */
function useRemoveVote({ engagementId, votes, onChange }: Props) {
  const pushToast = useAppStore((s) => s.pushToast);
  return (vote: FitVote) => {
    const index = votes.findIndex((v) => v.id === vote.id);
    onChange(votes.filter((v) => v.id !== vote.id));
    pushToast(
      undoToast(`Vote of ${vote.reviewer} deleted.`, () => {
        const now = useAppStore.getState().dataOf('lifecycle', engagementId)?.fitVotes ?? [];
        if (now.some((v) => v.id === vote.id)) return;
        onChange([...now.slice(0, index), vote, ...now.slice(index)]);
      }),
    );
  };
}
