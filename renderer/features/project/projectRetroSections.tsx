import { formatDisplayDate } from '../../../shared/dates';
import {
  PROJECT_NOTE_LABELS,
  PROJECT_NOTE_SECTIONS,
  type ProjectNotes,
  type ProjectNoteSection,
} from '../../../shared/model/projectRetro';
import type { Goal, MailLogEntry } from '../../../shared/model/retro';
import type { GoalTrendLine } from '../../../shared/project/timeline';
import { Sparkline } from '../../components/Sparkline';
import { useAppStore } from '../../store';
import { MailLogLine } from '../mail/MailLogLine';
import { ExportPdfButton } from '../pdf/ExportPdfDialog';
import { saveStatusText, useSaveStatus } from '../notes/autosave';
import { NoteEditor } from '../notes/NoteEditor';

const PLACEHOLDERS: Record<ProjectNoteSection, string> = {
  wentWell: 'Over the whole engagement, what went well?',
  wentPoorly: 'What went poorly? Ask for candid feedback: it is the last chance.',
  doNextTime: 'What would we do differently next time?',
  takeaways: 'The few things everyone should remember from this engagement.',
};

interface HeaderProps {
  engagementId: string;
  mailLog: MailLogEntry[];
  exporting: boolean;
  /** Null where the notes cannot be emailed (a read-only engagement: the mail log could not be kept). */
  onCompose: (() => void) | null;
  onExport: (format: 'html' | 'markdown') => void;
}

/** What the project retro is, when its notes were last emailed, and the ways to send or export them. */
export function ProjectRetroHeader({ engagementId, mailLog, exporting, onCompose, onExport }: HeaderProps) {
  return (
    <div className="section-header">
      <div>
        <h2 className="section-header__title">Project retro</h2>
        <MailLogLine log={mailLog} engagementId={engagementId} note={{ kind: 'project' }} />
        <p className="section-header__text">
          Walk the timeline, restate the goals and how far they got, then went well, went poorly and do next time for
          the whole project, ending in key takeaways. Send the NPS survey at the same time.
        </p>
      </div>
      <div className="project-retro__actions">
        {onCompose ? (
          <button type="button" className="button button--primary" onClick={onCompose}>
            Email notes
          </button>
        ) : null}
        <ExportPdfButton engagementId={engagementId} subject={{ kind: 'project' }} what="the project retro" />
        <button type="button" className="button" disabled={exporting} onClick={() => onExport('html')}>
          Export HTML
        </button>
        <button type="button" className="button" disabled={exporting} onClick={() => onExport('markdown')}>
          Export Markdown
        </button>
      </div>
    </div>
  );
}

/** The day the project retro was held, and whether its notes are saved. */
export function HeldOn({ engagementId, date }: { engagementId: string; date: string | null }) {
  const updateProject = useAppStore((s) => s.updateProject);
  const status = useSaveStatus();
  return (
    <div className="inline-form">
      <label htmlFor="project-retro-date" className="field__label">
        Held on
      </label>
      <input
        id="project-retro-date"
        className="input inline-form__input"
        type="date"
        value={date ?? ''}
        onChange={(e) => void updateProject(engagementId, { date: e.target.value === '' ? null : e.target.value })}
      />
      <span className={`save-state save-state--${status}`} role="status" aria-live="polite">
        {saveStatusText(status)}
      </span>
    </div>
  );
}

/** Step 2: each goal with its target, its weekly scores and the latest one. */
export function RestatedGoals({ goals, trends }: { goals: Goal[]; trends: GoalTrendLine[] }) {
  return (
    <section className="panel" aria-labelledby="restate-title">
      <h3 id="restate-title" className="panel__title">
        2 · Goals and how far they got
      </h3>
      {goals.length === 0 ? (
        <p className="muted">No goals were recorded for this engagement.</p>
      ) : (
        <ul className="restated" aria-label="Goals with their latest scores">
          {trends.map((trend) => {
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
  );
}

/** Went well, went poorly, do next time and the takeaways, each in the weekly retro's editor. */
export function ProjectNoteCards(props: { engagementId: string; notes: ProjectNotes; editable: boolean }) {
  const { engagementId, notes, editable } = props;
  const saveNote = useAppStore((s) => s.saveProjectNote);
  return (
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
            initial={notes[note]}
            editable={editable}
          />
        </section>
      ))}
    </div>
  );
}
