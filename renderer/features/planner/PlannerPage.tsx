import { PlannerView } from './PlannerView';

/** The screen for Monday mornings: this week, whichever engagement it belongs to. */
export function PlannerPage() {
  return (
    <div className="page page--wide">
      <header className="page__header">
        <div>
          <h1 className="page__title">Week planner</h1>
          <p className="page__subtitle">
            About four days pairing with the host team, one protected day of 20% time, and the team’s rituals.
          </p>
        </div>
      </header>
      <PlannerView pinnedId={null} />
    </div>
  );
}
