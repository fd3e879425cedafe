import { useState } from 'react';
import { parseISO } from 'date-fns';
import { formatDisplayDate, isIsoDate } from '../../../shared/dates';
import { NOTE_SECTIONS } from '../../../shared/model/retro';
import { actionItems, wordCount } from '../../../shared/retro/noteText';
import { weekKeyOf } from '../../../shared/week';
import { byDateDesc, live, notesEmailed, retroDateForWeek } from '../../../shared/retro/rules';
import { WEEKDAY_LABELS } from '../../../shared/model/settings';
import { useAppStore } from '../../store';
import { useLoaded } from '../../store/useLoaded';
import { LoadState } from '../../components/LoadState';
import { useToday } from '../../components/useToday';
import { useRetroSlot } from './useRetroSlot';

/** The engagement's weekly retros, newest first, and the way into this week's. */
export function RetrosPage({ engagementId }: { engagementId: string }) {
  const { data, error } = useLoaded('retro', engagementId);
  const { slot, error: slotError } = useRetroSlot(engagementId);
  const engagement = useAppStore((s) => s.engagements[engagementId]);
  const today = useToday();
  const create = useAppStore((s) => s.createRetro);
  const navigate = useAppStore((s) => s.navigate);
  const [otherDate, setOtherDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const failed = error ?? slotError;
  if (failed || !data || !slot || !engagement)
    return <LoadState error={failed} failed="The retros could not be loaded" loading="Loading retros…" />;

  const retros = byDateDesc(live(data.retros));
  const thisWeekDate = retroDateForWeek(parseISO(today), slot.day);
  // Home and the calendar export offer this week's retro only while the engagement runs: so does this page.
  const inEngagement = engagement.startDate <= thisWeekDate && thisWeekDate <= engagement.endDate;
  const thisWeek = retros.find((r) => weekKeyOf(r.date) === weekKeyOf(thisWeekDate));
  const open = (retroId: string) => navigate({ kind: 'retro', engagementId, retroId });
  const start = async (date: string) => {
    const retro = await create(engagementId, date);
    if (retro) open(retro.id);
  };

  return (
    <div className="stack">
      <div className="section-header">
        <div>
          <h2 className="section-header__title">Weekly retros</h2>
          <p className="section-header__text">
            {slot.minutes} minutes, same time every week ({WEEKDAY_LABELS[slot.day]} {slot.time}), held even when
            “nothing happened”. Score the goals first.
          </p>
        </div>
        {thisWeek ? (
          <button type="button" className="button button--primary" onClick={() => open(thisWeek.id)}>
            Open this week’s retro
          </button>
        ) : inEngagement ? (
          <button type="button" className="button button--primary" onClick={() => void start(thisWeekDate)}>
            Start this week’s retro
          </button>
        ) : (
          <p className="section-header__text" role="note">
            {thisWeekDate < engagement.startDate
              ? `No retro this week: the engagement starts on ${formatDisplayDate(engagement.startDate)}.`
              : `No retro this week: the engagement ended on ${formatDisplayDate(engagement.endDate)}.`}
          </p>
        )}
      </div>

      {retros.length === 0 ? (
        <div className="empty">
          <h3 className="empty__title">No retros yet</h3>
          <p className="empty__text">
            {inEngagement
              ? `This week’s retro is on ${formatDisplayDate(thisWeekDate)}. Starting it fills in the attendees, the goals to score and any open action items.`
              : `Retros are held every week while the engagement runs, from ${formatDisplayDate(engagement.startDate)} to ${formatDisplayDate(engagement.endDate)}.`}
          </p>
        </div>
      ) : (
        <ul className="retro-list" aria-label="Retros">
          {retros.map((retro) => {
            const items = NOTE_SECTIONS.flatMap((s) => actionItems(retro.notes[s]));
            const open_ = items.filter((i) => !i.checked).length;
            const scores = retro.goalScores.map((g) => g.score);
            const average = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
            const poorlyEmpty = wordCount(retro.notes.wentPoorly) === 0;
            return (
              <li key={retro.id} className="retro-row">
                <button type="button" className="retro-row__open" onClick={() => open(retro.id)}>
                  <span className="retro-row__date">Retro of {formatDisplayDate(retro.date)}</span>
                  <span className="retro-row__week">
                    {weekKeyOf(retro.date)}
                    {retro.id === thisWeek?.id ? ' · this week' : ''}
                  </span>
                </button>
                <span className="retro-row__stat">{retro.attendees.length} attended</span>
                <span className="retro-row__stat">
                  {items.length === 0 ? 'No action items' : `${open_} of ${items.length} actions open`}
                </span>
                <span className="retro-row__stat">{average === null ? 'Goals not scored' : `Goals ${average}%`}</span>
                <span className="retro-row__tags">
                  {poorlyEmpty ? <span className="tag tag--warning">“Went poorly” empty</span> : null}
                  {retro.date <= today && !notesEmailed(retro) ? <span className="tag">Notes not emailed</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <form
        className="inline-form"
        aria-label="Add a retro on another date"
        onSubmit={(e) => {
          e.preventDefault();
          if (!isIsoDate(otherDate)) {
            setDateError('Pick a date for the retro.');
            return;
          }
          if (otherDate < engagement.startDate || otherDate > engagement.endDate) {
            setDateError(
              `Pick a day the engagement runs: ${formatDisplayDate(engagement.startDate)} to ${formatDisplayDate(engagement.endDate)}.`,
            );
            return;
          }
          setDateError(null);
          void start(otherDate);
        }}
      >
        <label htmlFor="other-retro-date" className="field__label">
          Another retro on
        </label>
        <input
          id="other-retro-date"
          className="input inline-form__input"
          type="date"
          value={otherDate}
          aria-invalid={dateError !== null}
          aria-describedby={dateError ? 'other-retro-date-error' : undefined}
          onChange={(e) => setOtherDate(e.target.value)}
        />
        <button type="submit" className="button">
          Add retro
        </button>
        {dateError ? (
          <p id="other-retro-date-error" className="field__error" role="alert">
            {dateError}
          </p>
        ) : null}
      </form>
    </div>
  );
}
