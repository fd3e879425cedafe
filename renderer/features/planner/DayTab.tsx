import type { KeyboardEvent } from 'react';
import type { Ritual } from '../../../shared/model/planner';
import { DAY_KIND_LABELS } from '../../../shared/model/planner';
import { WEEKDAY_LABELS } from '../../../shared/model/settings';
import { formatHours, type PlannedDay } from '../../../shared/planner';
import { formatDayShort } from '../../../shared/dates';

interface DayTabProps {
  planned: PlannedDay;
  selected: boolean;
  today: string;
  /** The rituals on this day. */
  rituals: Ritual[];
  /** The names of the day's partners ("removed person" for one no longer in the engagement). */
  partners: string[];
  /** The day is protected 20% time: its rituals are flagged. */
  guarded: boolean;
  /** Partners are logged for an engagement's weeks only, not plain weeks. */
  showPartners: boolean;
  register: (el: HTMLButtonElement | null) => void;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * One day of the week as a tab. The tab's name is its visible text; the hidden separators
 * make it read as sentences.
 */
export function DayTab({
  planned,
  selected,
  today,
  rituals,
  partners,
  guarded,
  showPartners,
  register,
  onSelect,
  onKeyDown,
}: DayTabProps) {
  const { day, date, plan: dayPlan } = planned;
  const isToday = date === today;
  return (
    <button
      ref={register}
      type="button"
      role="tab"
      id={`day-tab-${day}`}
      aria-controls="day-panel"
      aria-selected={selected}
      aria-current={isToday ? 'date' : undefined}
      tabIndex={selected ? 0 : -1}
      className={`day day--${dayPlan.kind}${isToday ? ' day--today' : ''}${selected ? ' day--selected' : ''}`}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <span className="day__head">
        <span className="day__name">{WEEKDAY_LABELS[day]}</span>{' '}
        <span className="day__date">{formatDayShort(date)}</span>
        {isToday ? (
          <>
            <Hidden>, </Hidden>
            <span className="day__today">Today</span>
          </>
        ) : null}
      </span>
      <Hidden>: </Hidden>
      <span className={`day__kind kind kind--${dayPlan.kind}`}>
        {DAY_KIND_LABELS[dayPlan.kind]}
        <span className="day__hours"> · {formatHours(dayPlan.hours)}</span>
      </span>
      {dayPlan.kind === 'pairing' && showPartners ? (
        <>
          <Hidden>, </Hidden>
          <span className={`day__partners${partners.length === 0 ? ' day__partners--none' : ''}`}>
            {partners.length > 0
              ? `with ${partners.join(', ')}`
              : date <= today
                ? 'No partner logged'
                : 'Partner not logged yet'}
          </span>
        </>
      ) : null}
      {dayPlan.kind === 'off' && dayPlan.note ? (
        <>
          <Hidden>, </Hidden>
          <span className="day__note">{dayPlan.note}</span>
        </>
      ) : null}
      {rituals.length > 0 && dayPlan.kind !== 'off' ? (
        <span className="day__rituals">
          <Hidden>. Rituals: </Hidden>
          {rituals.map((r, i) => (
            <span key={r.id} className={`day__ritual${guarded ? ' day__ritual--flagged' : ''}`}>
              {i > 0 ? <Hidden>, </Hidden> : null}
              {guarded ? <span aria-hidden="true">⚑ </span> : null}
              {r.time} {r.name}
              {guarded ? <Hidden> (on the 20% day)</Hidden> : null}
            </span>
          ))}
        </span>
      ) : null}
    </button>
  );
}

function Hidden({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}
