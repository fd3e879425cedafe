import { useState } from 'react';
import { ComposeDialog } from '../mail/ComposeDialog';
import { LoadState } from '../../components/LoadState';
import { useAppStore } from '../../store';
import { useToday } from '../../components/useToday';
import { autosave } from '../notes/autosave';
import { PeopleContext } from '../notes/people';
import { Attendees } from '../notes/Attendees';
import { TimelineView } from '../timeline/TimelineView';
import { useTimeline } from '../timeline/useTimeline';
import { NpsPanel } from './NpsPanel';
import { ReadOnlyFieldset, useEngagementReadOnly } from '../engagements/ReadOnlyNotice';
import { HeldOn, ProjectNoteCards, ProjectRetroHeader, RestatedGoals } from './projectRetroSections';

/**
 * The project retro at the end of an engagement: walk the timeline, restate the goals and
 * their latest scores, then the notes (the weekly retro's editor), takeaways and the NPS survey.
 */
export function ProjectRetroPage({ engagementId }: { engagementId: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const updateProject = useAppStore((s) => s.updateProject);
  const today = useToday();
  const { exporting, runExport } = useRetroExport(engagementId);
  const [composing, setComposing] = useState(false);
  const load = useAppStore((s) => s.load);
  // Read-only (records from a newer Aux Desk): the walk and the exports stay, nothing is offered to change.
  const readOnly = useEngagementReadOnly(engagementId);
  const { data, error, openItem } = useTimeline(engagementId, () =>
    navigate({ kind: 'engagement', id: engagementId, section: 'timeline' }),
  );
  if (error || !data)
    return (
      <LoadState error={error} failed="The project retro could not be loaded" loading="Loading the project retro…" />
    );
  const {
    engagement,
    retro: { goals },
    project: section,
    timeline,
  } = data;

  return (
    <PeopleContext.Provider value={engagement.people}>
      {composing ? (
        <ComposeDialog
          engagementId={engagementId}
          note={{ kind: 'project' }}
          onClose={() => {
            setComposing(false);
            void load('project', engagementId);
          }}
        />
      ) : null}
      <div className="stack project-retro">
        <ProjectRetroHeader
          engagementId={engagementId}
          mailLog={section.retro.mailLog}
          exporting={exporting}
          onCompose={readOnly ? null : () => setComposing(true)}
          onExport={(format) => void runExport(format)}
        />
        <ReadOnlyFieldset engagementId={engagementId}>
          <HeldOn engagementId={engagementId} date={section.retro.date} />
        </ReadOnlyFieldset>

        <section className="panel" aria-labelledby="walk-title">
          <h3 id="walk-title" className="panel__title">
            1 · Walk the timeline
          </h3>
          <TimelineView
            timeline={timeline}
            label={`Timeline of ${engagement.name}`}
            onOpen={openItem}
            today={today}
            compact
          />
        </section>

        <RestatedGoals goals={goals} trends={timeline.trends} />

        <section className="panel" aria-labelledby="project-attendees-title">
          <h3 id="project-attendees-title" className="panel__title">
            Who came
          </h3>
          <Attendees
            attendees={section.retro.attendees}
            people={engagement.people}
            editable={!readOnly}
            onChange={(attendees) => void updateProject(engagementId, { attendees })}
          />
        </section>

        <ProjectNoteCards engagementId={engagementId} notes={section.retro.notes} editable={!readOnly} />

        <ReadOnlyFieldset engagementId={engagementId}>
          <NpsPanel engagementId={engagementId} engagementName={engagement.name} responses={section.nps} />
        </ReadOnlyFieldset>
      </div>
    </PeopleContext.Provider>
  );
}

/** Exports the project retro, with what was just typed in it; `exporting` while it runs. */
function useRetroExport(engagementId: string) {
  const exportRetro = useAppStore((s) => s.exportProjectRetro);
  const [exporting, setExporting] = useState(false);
  const runExport = async (format: 'html' | 'markdown') => {
    setExporting(true);
    // What was just typed goes into the export too.
    await autosave.flushAll().catch(() => undefined);
    await exportRetro(engagementId, format);
    setExporting(false);
  };
  return { exporting, runExport };
}
