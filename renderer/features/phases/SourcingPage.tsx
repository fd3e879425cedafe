import { RED_FLAG_LABELS, RED_FLAGS, type LifecycleSection } from '../../../shared/model/lifecycle';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { Checklist } from './Checklist';
import { FitCheck } from './FitCheck';
import { LifecycleNote } from './LifecycleNote';
import { ReadOnlyFieldset, useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

const HOST_ROLES = new Set(['host-developer', 'host-pm', 'tech-lead', 'manager']);

/** Before committing: the one-pager, the intro meeting, the fit check and the red flags. */
export function SourcingPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('lifecycle', engagementId, 'each-mount');
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const patch = useAppStore((s) => s.patchLifecycle);
  const promote = useAppStore((s) => s.promoteCandidate);
  const navigate = useAppStore((s) => s.navigate);
  const readOnly = useEngagementReadOnly(engagementId);
  if (error || !data || !engagement) return <LoadState error={error} failed="The sourcing notes could not be loaded" />;
  const hostPeople = engagement.people.filter((p) => HOST_ROLES.has(p.role)).length;

  return (
    <div className="stack">
      <div className="section-header">
        <div>
          <h2 className="section-header__title">Sourcing</h2>
          <p className="section-header__text">
            Before committing: the host team’s one-pager, the intro meeting, and whether the team fits.
          </p>
        </div>
        <div className="inline-form">
          <button type="button" className="button" onClick={() => navigate({ kind: 'candidates' })}>
            Compare candidates
          </button>
          {engagement.status === 'sourcing' && !readOnly ? (
            <button type="button" className="button button--primary" onClick={() => void promote(engagementId)}>
              Promote to planning
            </button>
          ) : null}
        </div>
      </div>

      <ReadOnlyFieldset engagementId={engagementId}>
        <section className="panel panel--tight" aria-labelledby="one-pager-title">
          <h3 id="one-pager-title" className="panel__title">
            One-pager
          </h3>
          <p className="muted">
            From the host team, free-form: the problem, their wish list, business goals, technical goals.
          </p>
          <LifecycleNote
            engagementId={engagementId}
            note="onePager"
            label="One-pager"
            placeholder="Problem statement, wish list, business goals, technical goals…"
            initial={data.onePager}
          />
        </section>

        <section className="panel panel--tight" aria-labelledby="intro-title">
          <h3 id="intro-title" className="panel__title">
            Intro meeting
          </h3>
          <LifecycleNote
            engagementId={engagementId}
            note="introNotes"
            label="Intro meeting notes"
            placeholder="Expectations set: the team does the hard work, habits first, weekly retros and candid feedback…"
            initial={data.introNotes}
          />
        </section>

        <FitCheck
          engagementId={engagementId}
          votes={data.fitVotes}
          onChange={(fitVotes) => void patch(engagementId, { fitVotes })}
        />

        <RedFlags
          value={data.redFlags}
          hostPeople={hostPeople}
          onChange={(redFlags) => void patch(engagementId, { redFlags })}
        />
      </ReadOnlyFieldset>
    </div>
  );
}

interface RedFlagsProps {
  value: LifecycleSection['redFlags'];
  hostPeople: number;
  onChange: (redFlags: LifecycleSection['redFlags']) => void;
}

/** The team-fit red flags, and a warning when the host team listed is smaller than 5. */
function RedFlags({ value, hostPeople, onChange }: RedFlagsProps) {
  return (
    <section className="panel panel--tight" aria-label="Red flags">
      <Checklist
        label="Team-fit red flags"
        items={RED_FLAGS}
        labels={RED_FLAG_LABELS}
        value={value}
        onChange={onChange}
      />
      {hostPeople > 0 && hostPeople < 5 && !value.smallTeam ? (
        <p className="notice notice--warning" role="status">
          Only {hostPeople} host-team {hostPeople === 1 ? 'person is' : 'people are'} listed: a team of fewer than 5 is
          a red flag.
        </p>
      ) : null}
    </section>
  );
}
