import { formatDisplayDate } from '../../../shared/dates';
import type { EngagementSummary } from '../../../shared/model/engagement';

/** More than one engagement runs this week and none was chosen: ask which one it is for. */
export function ChooseEngagement({
  candidates,
  choose,
}: {
  candidates: readonly EngagementSummary[];
  choose: (id: string) => void;
}) {
  return (
    <div className="planner-choice" role="group" aria-labelledby="planner-choice-title">
      <h2 id="planner-choice-title" className="planner-choice__title">
        {candidates.length} engagements run this week. Which one is this week for?
      </h2>
      <p className="muted">Pairing days, partners and rituals are kept with the engagement you choose.</p>
      <div className="planner-choice__options">
        {candidates.map((c) => (
          <button key={c.id} type="button" className="button" onClick={() => choose(c.id)}>
            {c.name}
            {c.hostTeam ? ` · ${c.hostTeam}` : ''}
          </button>
        ))}
      </div>
    </div>
  );
}

/** No engagement at all yet: say what a week belongs to, and offer to create one. */
export function NoEngagementYet({ startNew }: { startNew: () => void }) {
  return (
    <div className="empty empty--compact">
      <h2 className="empty__title">No engagement yet</h2>
      <p className="empty__text">
        A week belongs to an engagement: that is where you log who you paired with and the host team’s rituals. Create
        one to get started, or plan this week as a plain week below.
      </p>
      <button type="button" className="button button--primary" onClick={startNew}>
        Create an engagement
      </button>
    </div>
  );
}

interface PlannerOwnerProps {
  engagement: EngagementSummary | null;
  /** The other engagements running this week, each offered as a switch. */
  others: readonly EngagementSummary[];
  /** Say "plain week" when no engagement owns it (not when there are no engagements at all). */
  showPlain: boolean;
  choose: (id: string) => void;
}

/** Whom the week is planned for (the free planner only), and the other engagements of the week. */
export function PlannerOwner({ engagement, others, showPlain, choose }: PlannerOwnerProps) {
  return (
    <div className="planner__owner">
      {engagement ? (
        <p className="planner__owner-text">
          For <strong>{engagement.name}</strong>
          {engagement.hostTeam ? ` with ${engagement.hostTeam}` : ''}
          <span className="visually-hidden">
            , {formatDisplayDate(engagement.startDate)} to {formatDisplayDate(engagement.endDate)}
          </span>
        </p>
      ) : !showPlain ? null : (
        <p className="planner__owner-text">
          <strong>Plain week:</strong> no engagement runs this week.
        </p>
      )}
      {others.length > 0 ? (
        <div className="planner__switch">
          <span className="muted">Also this week:</span>
          {others.map((o) => (
            <button key={o.id} type="button" className="button button--ghost" onClick={() => choose(o.id)}>
              Plan for {o.name}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
