import { formatDisplayDate } from '../../../shared/dates';
import { statusPrompt } from '../../../shared/guide/phase';
import type { EngagementSummary } from '../../../shared/model/engagement';
import { useToday } from '../../components/useToday';
import { StatusBadge } from '../../components/StatusBadge';
import { useAppStore } from '../../store';
import { LoadState } from '../../components/LoadState';
import { draftFrom, sameDraft } from '../../store/engagementDraft';
import { NoEngagements } from './NoEngagements';
import { SampleBadge } from './SampleBadge';
import { SharedTag } from '../team/SharedTag';

export function EngagementList() {
  const summaries = useAppStore((s) => s.summaries);
  const loaded = useAppStore((s) => s.listLoaded);
  const error = useAppStore((s) => s.listError);
  const drafts = useAppStore((s) => s.drafts);
  const open = useAppStore((s) => s.openEngagement);
  const startNew = useAppStore((s) => s.startNew);
  const today = useToday();

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Engagements</h1>
          <p className="page__subtitle">
            Every team you have embedded with, from sourcing to the three-month check-in.
          </p>
        </div>
        <button type="button" className="button button--primary" onClick={startNew}>
          New engagement
        </button>
      </header>

      {error ? <LoadState error={error} failed="The engagements could not be loaded" /> : null}

      {loaded && summaries.length === 0 && !error ? <NoEngagements /> : null}

      {summaries.length > 0 ? (
        <ul className="engagement-list" aria-label="Engagements">
          {summaries.map((s) => (
            <li key={s.id} className="engagement-card">
              <button type="button" className="engagement-card__open" onClick={() => void open(s.id)}>
                <span className="engagement-card__name">{s.name}</span>
                <span className="engagement-card__team">{s.hostTeam || 'Host team not set'}</span>
              </button>
              <StatusCell summary={s} today={today} />
              <span className="engagement-card__dates">
                {formatDisplayDate(s.startDate)} – {formatDisplayDate(s.endDate)}
              </span>
              <span className="engagement-card__people">
                {s.peopleCount === 1 ? '1 person' : `${s.peopleCount} people`}
              </span>
              {drafts[s.id] ? <UnsavedMarker id={s.id} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The status, and what its dates call for: an engagement that ended months ago is not just "Active". */
function StatusCell({ summary, today }: { summary: EngagementSummary; today: string }) {
  const prompt = statusPrompt(summary, today);
  return (
    <span className="engagement-card__status">
      <SampleBadge engagement={summary} />
      <StatusBadge status={summary.status} />
      <SharedTag engagementId={summary.id} />
      {prompt ? <span className="tag tag--warning">{prompt.short}</span> : null}
    </span>
  );
}

function UnsavedMarker({ id }: { id: string }) {
  const dirty = useAppStore((s) => {
    const saved = s.engagements[id];
    const draft = s.drafts[id];
    return Boolean(saved && draft && !sameDraft(draftFrom(saved), draft));
  });
  return dirty ? <span className="engagement-card__unsaved">Unsaved changes</span> : null;
}
