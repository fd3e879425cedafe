import { useState } from 'react';
import { ComposeDialog } from '../mail/ComposeDialog';
import { MailLogLine } from '../mail/MailLogLine';
import { formatDisplayDate } from '../../../shared/dates';
import {
  PROJECT_NOTE_LABELS,
  PROJECT_NOTE_SECTIONS,
  type ProjectNoteSection,
} from '../../../shared/model/projectRetro';
import { LoadState } from '../../components/LoadState';
import { Sparkline } from '../../components/Sparkline';
import { useAppStore } from '../../store';
import { useToday } from '../../components/useToday';
import { autosave, saveStatusText, useSaveStatus } from '../notes/autosave';
import { NoteEditor } from '../notes/NoteEditor';
import { PeopleContext } from '../notes/people';
import { Attendees } from '../notes/Attendees';
import { TimelineView } from '../timeline/TimelineView';
import { useTimeline } from '../timeline/useTimeline';
import { NpsPanel } from './NpsPanel';

const PLACEHOLDERS: Record<ProjectNoteSection, string> = {
  wentWell: 'Over the whole engagement, what went well?',
  wentPoorly: 'What went poorly? Ask for candid feedback: it is the last chance.',
  doNextTime: 'What would we do differently next time?',
  takeaways: 'The few things everyone should remember from this engagement.',
};

/**
 * The project retro at the end of an engagement: walk the timeline, restate the goals and
 * their latest scores, then the notes (the weekly retro's editor), takeaways and the NPS survey.
 */
export function ProjectRetroPage({ engagementId }: { engagementId: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const updateProject = useAppStore((s) => s.updateProject);
  const saveNote = useAppStore((s) => s.saveProjectNote);
  const exportRetro = useAppStore((s) => s.exportProjectRetro);
  const status = useSaveStatus();
  const today = useToday();
  const [exporting, setExporting] = useState(false);
  const [composing, setComposing] = useState(false);
  const load = useAppStore((s) => s.load);
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

  const runExport = async (format: 'html' | 'markdown') => {
    setExporting(true);
    // What was just typed goes into the export too.
    await autosave.flushAll().catch(() => undefined);
    await exportRetro(engagementId, format);
    setExporting(false);
  };

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
        <div className="section-header">
          <div>
            <h2 className="section-header__title">Project retro</h2>
            <MailLogLine log={section.retro.mailLog} />
            <p className="section-header__text">
              Walk the timeline, restate the goals and how far they got, then went well, went poorly and do next time
              for the whole project, ending in key takeaways. Send the NPS survey at the same time.
            </p>
          </div>
          <div className="project-retro__actions">
            <button type="button" className="button button--primary" onClick={() => setComposing(true)}>
              Email notes
            </button>
            <button type="button" className="button" disabled={exporting} onClick={() => void runExport('html')}>
              Export HTML
            </button>
            <button type="button" className="button" disabled={exporting} onClick={() => void runExport('markdown')}>
              Export Markdown
            </button>
          </div>
        </div>

        <div className="inline-form">
          <label htmlFor="project-retro-date" className="field__label">
            Held on
          </label>
          <input
            id="project-retro-date"
            className="input inline-form__input"
            type="date"
            value={section.retro.date ?? ''}
            onChange={(e) => void updateProject(engagementId, { date: e.target.value === '' ? null : e.target.value })}
          />
          <span className={`save-state save-state--${status}`} role="status" aria-live="polite">
            {saveStatusText(status)}
          </span>
        </div>

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

        <section className="panel" aria-labelledby="restate-title">
          <h3 id="restate-title" className="panel__title">
            2 · Goals and how far they got
          </h3>
          {goals.length === 0 ? (
            <p className="muted">No goals were recorded for this engagement.</p>
          ) : (
            <ul className="restated" aria-label="Goals with their latest scores">
              {timeline.trends.map((trend) => {
                const goal = goals.find((g) => g.id === trend.goalId);
                const latest = trend.points.at(-1);
                return (
                  <li key={trend.goalId} className="restated__row">
                    <span className="restated__title">{trend.title}</span>
                    <span className="restated__target">{goal?.target ? `target ${goal.target}` : ''}</span>
                    <Sparkline values={trend.points.map((p) => p.score)} label={`Weekly scores of ${trend.title}`} />
                    <span className="restated__score">
                      {latest ? `${latest.score}%` : 'not scored'}
                      {latest ? <span className="restated__when"> on {formatDisplayDate(latest.date)}</span> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="project-attendees-title">
          <h3 id="project-attendees-title" className="panel__title">
            Who came
          </h3>
          <Attendees
            attendees={section.retro.attendees}
            people={engagement.people}
            editable
            onChange={(attendees) => void updateProject(engagementId, { attendees })}
          />
        </section>

        <div className="notes-grid">
          {PROJECT_NOTE_SECTIONS.map((note) => (
            <section key={note} className={`note-card note-card--${note}`} aria-labelledby={`project-note-${note}`}>
              <h3 id={`project-note-${note}`} className="note-card__title">
                {PROJECT_NOTE_LABELS[note]}
              </h3>
              <NoteEditor
                saveKey={`${engagementId}:project:${note}`}
                save={(doc) => saveNote(engagementId, note, doc)}
                label={PROJECT_NOTE_LABELS[note]}
                placeholder={PLACEHOLDERS[note]}
                initial={section.retro.notes[note]}
                editable
              />
            </section>
          ))}
        </div>

        <NpsPanel engagementId={engagementId} responses={section.nps} />
      </div>
    </PeopleContext.Provider>
  );
}
