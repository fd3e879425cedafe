import { formatDayTime, formatDisplayDate, localMoment } from '../../../shared/dates';
import { NOTE_SECTIONS, type Retro } from '../../../shared/model/retro';
import { actionItems, wordCount } from '../../../shared/retro/noteText';
import type { RetroSlot } from '../../../shared/planner/rituals';
import { formatWeek, weekKeyOf } from '../../../shared/week';
import { notesEmailed } from '../../../shared/retro/rules';

interface RetroRowProps {
  retro: Retro;
  isThisWeek: boolean;
  today: string;
  /** The engagement's weekly retro slot: its time is the retro's. */
  slot: RetroSlot;
  onOpen: () => void;
}

/** One retro in the list: its date, week and time, attendance, open actions, the goals' average and what is missing. */
export function RetroRow({ retro, isThisWeek, today, slot, onOpen }: RetroRowProps) {
  const startsAt = localMoment(retro.date, slot.time);
  const items = NOTE_SECTIONS.flatMap((s) => actionItems(retro.notes[s]));
  const open = items.filter((i) => !i.checked).length;
  const scores = retro.goalScores.map((g) => g.score);
  const average = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  const poorlyEmpty = wordCount(retro.notes.wentPoorly) === 0;
  return (
    <li className="retro-row">
      <button type="button" className="retro-row__open" onClick={onOpen}>
        <span className="retro-row__date">Retro of {formatDisplayDate(retro.date)}</span>
        <span className="retro-row__week">
          {formatWeek(weekKeyOf(retro.date), today)} ·{' '}
          <time dateTime={startsAt.toISOString()}>{formatDayTime(startsAt)}</time>
          {isThisWeek ? ' · this week' : ''}
        </span>
      </button>
      <span className="retro-row__stat">{retro.attendees.length} attended</span>
      <span className="retro-row__stat">
        {items.length === 0 ? 'No action items' : `${open} of ${items.length} actions open`}
      </span>
      <span className="retro-row__stat">{average === null ? 'Goals not scored' : `Goals ${average}%`}</span>
      <span className="retro-row__tags">
        {poorlyEmpty ? <span className="tag tag--warning">“Went poorly” empty</span> : null}
        {retro.date <= today && !notesEmailed(retro) ? <span className="tag">Notes not emailed</span> : null}
      </span>
    </li>
  );
}
