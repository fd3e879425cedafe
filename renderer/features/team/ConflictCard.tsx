import { useId, useState, type SubmitEvent } from 'react';
import { formatDayTime } from '../../../shared/dates';
import type { ConflictChoice, ConflictView } from '../../../shared/ipc/team';
import { useAppStore } from '../../store';
import { refreshEngagement } from '../../store/diskChanges';
import { ConflictFieldChoice } from './ConflictFieldChoice';
import { authorOf, missingSentence, resolveRequest, type Picks } from './conflictChoices';

/** One record in conflict: who made each version, each field side by side, and Resolve. */
export function ConflictCard({ conflict }: { conflict: ConflictView }) {
  const titleId = useId();
  const me = useAppStore((s) => s.team.identity);
  const resolve = useAppStore((s) => s.resolveConflict);
  const pushToast = useAppStore((s) => s.pushToast);
  const [picks, setPicks] = useState<Picks>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const authors = { ours: authorOf(conflict.oursBy, 'ours', me), theirs: authorOf(conflict.theirsBy, 'theirs', me) };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const checked = resolveRequest(conflict, picks);
    if (!checked.ok) {
      setError(missingSentence(checked.missing));
      return;
    }
    setBusy(true);
    const result = await resolve(checked.request);
    setBusy(false);
    if (!result.ok) {
      setError(Object.values(result.errors).join(' '));
      return;
    }
    setError(null);
    pushToast({
      tone: 'info',
      message: `${conflict.recordLabel} in “${conflict.engagementName}” is settled; your choice goes to the team at the next sync.`,
    });
    // The record changed under the screens that show it: fetch it again (an unsaved details draft is kept).
    await refreshEngagement(conflict.engagementId);
    await useAppStore.getState().loadConflicts();
  };

  return (
    <form className="conflict" aria-labelledby={titleId} noValidate onSubmit={(e) => void submit(e)}>
      <header className="conflict__header">
        <h3 id={titleId} className="conflict__title">
          {conflict.engagementName} · {conflict.recordLabel}
        </h3>
        <p className="conflict__meta">
          This laptop: {authors.ours} · From the team: {authors.theirs} · found{' '}
          {formatDayTime(new Date(conflict.createdAt))}
        </p>
      </header>
      {conflict.fields.map((field, index) => (
        <ConflictFieldChoice
          key={index}
          name={`${conflict.engagementId}-${conflict.id}-${index}`}
          field={field}
          authors={authors}
          pick={picks[index]}
          onPick={(choice: ConflictChoice) => {
            setPicks({ ...picks, [index]: choice });
            setError(null);
          }}
        />
      ))}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="conflict__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Resolving…' : 'Resolve'}
        </button>
      </div>
    </form>
  );
}
