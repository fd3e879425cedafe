import { useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { MILESTONE_KIND_LABELS, type Milestone } from '../../../shared/model/projectRetro';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { LoadState } from '../../components/LoadState';
import { MilestoneForm } from './MilestoneForm';
import { TimelineView } from './TimelineView';
import { useTimeline } from './useTimeline';

/** The engagement's story on one axis, and its milestones. */
export function TimelinePage({ engagementId }: { engagementId: string }) {
  const updateProject = useAppStore((s) => s.updateProject);
  const [editing, setEditing] = useState<string | null>(null);
  const { data, error, openItem } = useTimeline(engagementId, setEditing);
  const today = useToday();
  if (error || !data)
    return <LoadState error={error} failed="The timeline could not be loaded" loading="Loading timeline…" />;

  const { engagement, project, timeline } = data;
  const { mvp } = timeline;
  const retros = timeline.items.filter((i) => i.kind === 'retro');
  return (
    <div className="stack">
      <div className="section-header">
        <div>
          <h2 className="section-header__title">Timeline</h2>
          <p className="section-header__text">
            From the start to the three-month check-in on {formatDisplayDate(timeline.checkIn)}: milestones, weekly
            retros and their goal scores, action items, and the MVP against its target.
          </p>
        </div>
      </div>
      <ul className="tl-facts" aria-label="At a glance">
        <li>
          <span className="tl-facts__value">{retros.length}</span> weekly {retros.length === 1 ? 'retro' : 'retros'}
        </li>
        <li>
          <span className="tl-facts__value">{retros.filter((r) => r.wentPoorlyEmpty).length}</span> with “went poorly”
          empty
        </li>
        <li>
          MVP target <span className="tl-facts__value">{mvp.target ? formatDisplayDate(mvp.target) : 'not set'}</span>
        </li>
        <li>
          MVP in production{' '}
          <span
            className={`tl-facts__value ${mvp.daysLate !== null && mvp.daysLate > 0 ? 'tl-facts__value--late' : ''}`}
          >
            {mvp.live ? formatDisplayDate(mvp.live) : 'not yet'}
            {mvp.daysLate !== null && mvp.daysLate !== 0
              ? ` (${Math.abs(mvp.daysLate)} days ${mvp.daysLate > 0 ? 'late' : 'early'})`
              : ''}
          </span>
        </li>
      </ul>
      <TimelineView timeline={timeline} label={`Timeline of ${engagement.name}`} onOpen={openItem} today={today} />

      <section className="panel" aria-labelledby="mvp-target-title">
        <h3 id="mvp-target-title" className="panel__title">
          MVP target
        </h3>
        <div className="inline-form">
          <label htmlFor="mvp-target" className="field__label">
            Target date for the MVP in production
          </label>
          <input
            id="mvp-target"
            className="input inline-form__input"
            type="date"
            value={project.mvpTargetDate ?? ''}
            onChange={(e) =>
              void updateProject(engagementId, { mvpTargetDate: e.target.value === '' ? null : e.target.value })
            }
          />
          <span className="muted">The date it reached production is the “MVP in production” milestone.</span>
        </div>
      </section>

      <Milestones
        engagementId={engagementId}
        milestones={project.milestones}
        editing={editing}
        setEditing={setEditing}
      />
    </div>
  );
}

function Milestones(props: {
  engagementId: string;
  milestones: Milestone[];
  editing: string | null;
  setEditing: (id: string | null) => void;
}) {
  const { engagementId, milestones, editing, setEditing } = props;
  const remove = useAppStore((s) => s.deleteMilestone);
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return (
    <section className="stack" aria-labelledby="milestones-title">
      <div className="section-header">
        <h3 id="milestones-title" className="section-header__title">
          Milestones
        </h3>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing('new')}
          disabled={editing === 'new'}
        >
          Add milestone
        </button>
      </div>
      {editing === 'new' ? (
        <MilestoneForm engagementId={engagementId} milestone={null} onDone={() => setEditing(null)} />
      ) : null}
      {sorted.length === 0 && editing !== 'new' ? (
        <p className="muted">
          No milestones yet: add the kick-off, the day the MVP reached production and each goal met.
        </p>
      ) : (
        <ul className="milestone-list" aria-label="Milestones">
          {sorted.map((m) =>
            editing === m.id ? (
              <li key={m.id} className="milestone-row milestone-row--editing">
                <MilestoneForm engagementId={engagementId} milestone={m} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={m.id} className="milestone-row" aria-label={m.title}>
                <span className={`milestone-row__kind milestone-row__kind--${m.kind}`}>
                  {MILESTONE_KIND_LABELS[m.kind]}
                </span>
                <span className="milestone-row__date">{formatDisplayDate(m.date)}</span>
                <span className="milestone-row__title">
                  {m.title}
                  {m.note ? <span className="milestone-row__note"> · {m.note}</span> : null}
                </span>
                <span className="milestone-row__actions">
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={`Edit ${m.title}`}
                    onClick={() => setEditing(m.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={`Delete ${m.title}`}
                    onClick={() => void remove(engagementId, m.id)}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
