import { Suspense } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { weekCount } from '../../../shared/guide/phase';
import { StatusBadge } from '../../components/StatusBadge';
import { useAppStore } from '../../store';
import { NEW_KEY } from '../../store/engagementsSlice';
import type { EngagementSection } from '../../store/uiSlice';
import { LoadState } from '../../components/LoadState';
import {
  GoalsPage,
  PlannerView,
  PlanningPage,
  ProjectRetroPage,
  RetrosPage,
  SourcingPage,
  TimelinePage,
  WrapUpPage,
} from '../../lazyPages';
import { OverviewPage } from '../overview/OverviewPage';
import { EngagementForm } from './EngagementForm';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SampleBadge, SampleNotice } from './SampleBadge';
import { SharedTag } from '../team/SharedTag';

export function NewEngagementPage() {
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">New engagement</h1>
          <p className="page__subtitle">Who you embed with, and when. Everything can be changed later.</p>
        </div>
      </header>
      <EngagementForm draftKey={NEW_KEY} />
    </div>
  );
}

export function EngagementPage({ id, section }: { id: string; section: EngagementSection }) {
  const engagement = useAppStore((s) => s.engagements[id]);
  if (!engagement) {
    return (
      <div className="page">
        <LoadState loading="Loading engagement…" />
      </div>
    );
  }
  const weeks = weekCount(engagement.startDate, engagement.endDate);
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">{engagement.name}</h1>
          <p className="page__subtitle">
            <SampleBadge engagement={engagement} /> <StatusBadge status={engagement.status} />{' '}
            <SharedTag engagementId={id} />
            {engagement.hostTeam || 'Host team not set'} · {formatDisplayDate(engagement.startDate)} –{' '}
            {formatDisplayDate(engagement.endDate)} ({weeks} {weeks === 1 ? 'week' : 'weeks'})
          </p>
        </div>
      </header>
      <ReadOnlyNotice engagementId={id} />
      <SampleNotice id={id} engagement={engagement} />
      <Suspense fallback={<LoadState />}>
        <SectionBody id={id} section={section} />
      </Suspense>
    </div>
  );
}

function SectionBody({ id, section }: { id: string; section: EngagementSection }) {
  switch (section) {
    case 'overview':
      return <OverviewPage engagementId={id} />;
    case 'details':
      return <EngagementForm draftKey={id} />;
    case 'goals':
      return <GoalsPage engagementId={id} />;
    case 'retros':
      return <RetrosPage engagementId={id} />;
    case 'planner':
      return <PlannerView pinnedId={id} />;
    case 'timeline':
      return <TimelinePage engagementId={id} />;
    case 'project':
      return <ProjectRetroPage engagementId={id} />;
    case 'sourcing':
      return <SourcingPage engagementId={id} />;
    case 'planning':
      return <PlanningPage engagementId={id} />;
    case 'wrap-up':
      return <WrapUpPage engagementId={id} />;
  }
}
