import { keyFigures } from '../../../shared/guide/keyFigures';
import { nextSteps, type GuideInput } from '../../../shared/guide/nextSteps';
import { statusPrompt } from '../../../shared/guide/phase';
import { LoadState } from '../../components/LoadState';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { KeyFiguresPanel } from './KeyFiguresPanel';
import { NextStepCard } from './NextStepCard';
import { PhaseStepper } from './PhaseStepper';
import { TeamSharePanel } from '../team/TeamSharePanel';
import './overview.css';

/**
 * The engagement's home: where it is (the phase, and the one the dates call for), the next
 * step from the playbook with a button to where it is done, and the figures that say how it goes.
 */
export function OverviewPage({ engagementId }: { engagementId: string }) {
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const settings = useAppStore((s) => s.settings);
  // Each mount: the sections change on other screens (retros, planner, wrap-up) behind this one.
  const lifecycle = useLoaded('lifecycle', engagementId, 'each-mount');
  const retro = useLoaded('retro', engagementId, 'each-mount');
  const planner = useLoaded('planner', engagementId, 'each-mount');
  const project = useLoaded('project', engagementId, 'each-mount');
  const today = useToday();
  if (!engagement || !lifecycle.data || !retro.data || !planner.data || !project.data) {
    const error = lifecycle.error ?? retro.error ?? planner.error ?? project.error;
    return <LoadState error={error} failed="The overview could not be loaded" loading="Loading the overview…" />;
  }
  const input: GuideInput = {
    engagement,
    lifecycle: lifecycle.data,
    retro: retro.data,
    planner: planner.data,
    project: project.data,
  };
  return (
    <div className="stack overview">
      <PhaseStepper
        status={engagement.status}
        due={statusPrompt(engagement, today)?.to ?? null}
        endedEarlyReason={engagement.endedEarlyReason}
      />
      <NextStepCard engagementId={engagementId} steps={nextSteps(input, settings, today)} />
      <KeyFiguresPanel figures={keyFigures(input, settings, today)} />
      <TeamSharePanel engagementId={engagementId} name={engagement.name} />
    </div>
  );
}
