import { useId } from 'react';
import type { NextStep } from '../../../shared/guide/nextSteps';
import { useAppStore } from '../../store';
import { useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

/** The playbook's next step, with a button to where it is done, and what comes after it. */
export function NextStepCard({ engagementId, steps }: { engagementId: string; steps: NextStep[] }) {
  const [first, ...rest] = steps;
  return (
    <section className="panel next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title" className="panel__title">
        Next step
      </h2>
      {first ? (
        <StepRow engagementId={engagementId} step={first} primary />
      ) : (
        <p className="muted">
          Nothing is due right now. Every record of the engagement is in the sections on the left.
        </p>
      )}
      {rest.length > 0 ? (
        <>
          <h3 className="next-step__then" id="next-step-then">
            Also open
          </h3>
          <ul className="next-step__list" aria-labelledby="next-step-then">
            {rest.map((step) => (
              <li key={step.id}>
                <StepRow engagementId={engagementId} step={step} primary={false} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function StepRow({ engagementId, step, primary }: { engagementId: string; step: NextStep; primary: boolean }) {
  const navigate = useAppStore((s) => s.navigate);
  const moveStatus = useAppStore((s) => s.moveStatus);
  const titleId = useId();
  const target = step.action.target;
  // Moving the status is a change main refuses for a read-only engagement; going somewhere is not.
  const refused = useEngagementReadOnly(engagementId) && target.to === 'status';
  const go = () => {
    switch (target.to) {
      case 'status':
        void moveStatus(engagementId, target.status);
        return;
      case 'retro':
        navigate({ kind: 'retro', engagementId, retroId: target.retroId });
        return;
      case 'section':
        navigate({ kind: 'engagement', id: engagementId, section: target.section });
        return;
    }
  };
  const Title = primary ? 'h3' : 'p';
  return (
    <div className={`next-step__row${primary ? ' next-step__row--main' : ''}`}>
      <div className="next-step__text">
        <Title id={titleId} className="next-step__title">
          {step.title}
        </Title>
        <p className="next-step__detail">{step.detail}</p>
      </div>
      <button
        type="button"
        className={`button${primary ? ' button--primary' : ''}`}
        aria-describedby={titleId}
        disabled={refused}
        onClick={go}
      >
        {step.action.label}
      </button>
    </div>
  );
}
