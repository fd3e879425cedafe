import { PHASES, phaseIndex } from '../../../shared/guide/phase';
import { STATUS_LABELS, type EngagementStatus } from '../../../shared/model/engagement';

interface Props {
  status: EngagementStatus;
  /** The phase the dates call for, when it is not the status yet. */
  due: EngagementStatus | null;
  endedEarlyReason: string;
}

/** Sourcing → Planning → Active → Wrapping up → Done, with the current phase marked. */
export function PhaseStepper({ status, due, endedEarlyReason }: Props) {
  const current = phaseIndex(status);
  return (
    <div className="phases-wrap">
      <ol className="phases" aria-label="Phases">
        {PHASES.map((phase, index) => {
          const state = current === null ? 'off' : index < current ? 'past' : index === current ? 'current' : 'future';
          return (
            <li
              key={phase}
              className={`phases__step phases__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="phases__dot" aria-hidden="true">
                {state === 'past' ? '✓' : index + 1}
              </span>
              <span className="phases__label">{STATUS_LABELS[phase]}</span>
              {state === 'past' ? <span className="visually-hidden"> (done)</span> : null}
              {due === phase ? <span className="phases__due">due</span> : null}
            </li>
          );
        })}
      </ol>
      {status === 'ended-early' ? (
        <p className="notice notice--warning">
          Ended early{endedEarlyReason ? `: ${endedEarlyReason}` : '.'} The check-in and follow-ups still apply.
        </p>
      ) : null}
    </div>
  );
}
