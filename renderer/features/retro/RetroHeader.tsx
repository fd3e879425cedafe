import { formatDayTime, formatDisplayDate, localMoment } from '../../../shared/dates';
import type { RetroSlot } from '../../../shared/planner/rituals';
import type { Retro } from '../../../shared/model/retro';
import { formatWeek, isPastWeek, weekKeyOf } from '../../../shared/week';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { MailLogLine } from '../mail/MailLogLine';
import { ExportPdfButton } from '../pdf/ExportPdfDialog';
import { saveStatusText, useSaveStatus } from '../notes/autosave';
import { RetroClockView } from './RetroClock';
import { LastEdit } from '../team/LastEdit';
import { retroPath } from '../../../shared/model/records/recordPaths';

interface RetroHeaderProps {
  engagementId: string;
  engagementName: string;
  retro: Retro;
  /** When this engagement's weekly retro is held (the planner's retro ritual). */
  slot: RetroSlot;
  editable: boolean;
  backTo: 'timeline' | 'retros';
  onStart: () => void;
  /** Null where the notes cannot be emailed (a read-only engagement: the mail log could not be kept). */
  onCompose: (() => void) | null;
  /** Presenter mode, for the room (Ctrl/Cmd+Shift+F). */
  onPresent: () => void;
}

/**
 * The way back, the date with its week and time, the save state and mail log, the clock and
 * the retro's actions. A past week's retro is a record: no clock and no Start button.
 */
export function RetroHeader({
  engagementId,
  engagementName,
  retro,
  slot,
  editable,
  backTo,
  onStart,
  onCompose,
  onPresent,
}: RetroHeaderProps) {
  const removeRetro = useAppStore((s) => s.deleteRetro);
  const navigate = useAppStore((s) => s.navigate);
  const today = useToday();
  const past = isPastWeek(retro.date, today);
  const startsAt = localMoment(retro.date, slot.time);
  return (
    <header className="page__header">
      <div>
        <p className="page__eyebrow">
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ kind: 'engagement', id: engagementId, section: backTo })}
          >
            {engagementName} · {backTo === 'timeline' ? 'Timeline' : 'Retros'}
          </button>
        </p>
        <h1 className="page__title">Retro of {formatDisplayDate(retro.date)}</h1>
        <p className="retro__when">
          {formatWeek(weekKeyOf(retro.date), today)} ·{' '}
          <time dateTime={startsAt.toISOString()}>{formatDayTime(startsAt)}</time> · {slot.minutes} minutes
        </p>
        <p className="page__subtitle">
          <SaveIndicator editable={editable} />
          <MailLogLine log={retro.mailLog} engagementId={engagementId} note={{ kind: 'retro', retroId: retro.id }} />
          <LastEdit engagementId={engagementId} record={retroPath(retro)} />
        </p>
      </div>
      <div className="retro__header-actions">
        {past ? null : <RetroClockView retro={retro} slot={slot} editable={editable} onStart={onStart} />}
        <button type="button" className="button" onClick={onPresent} aria-keyshortcuts="Control+Shift+F">
          Present
        </button>
        {onCompose ? (
          <button type="button" className="button" onClick={onCompose}>
            Email notes
          </button>
        ) : null}
        <ExportPdfButton
          engagementId={engagementId}
          subject={{ kind: 'retro', retroId: retro.id }}
          what={`the retro of ${formatDisplayDate(retro.date)}`}
        />
        {editable ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => void removeRetro(engagementId, retro.id)}
          >
            Delete retro
          </button>
        ) : null}
      </div>
    </header>
  );
}

function SaveIndicator({ editable }: { editable: boolean }) {
  const status = useSaveStatus();
  if (!editable) return <span className="save-state">Read-only</span>;
  return (
    <span className={`save-state save-state--${status}`} role="status" aria-live="polite">
      {saveStatusText(status)}
    </span>
  );
}
