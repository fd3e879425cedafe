import { formatSpan, isIsoDate } from '../../../shared/dates';
import { isOfferedWeek, offeredWeeks, stepWeek, type EngagementWeeks } from '../../../shared/planner';
import { addWeeksToKey, datesOfWeek, weekKeyOf, weekNumber, type WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';
import { useToday } from '../../components/useToday';

/**
 * Previous / This week / Next, and a date to jump to. Given an engagement's weeks, only
 * those: its own, and the weeks outside them that carry its kick-off, check-in or follow-ups
 * (Previous / Next skip the weeks between).
 */
export function WeekNav({ week, weeks }: { week: WeekKey; weeks: EngagementWeeks | null }) {
  const setWeek = useAppStore((s) => s.setPlannerWeek);
  const workingDays = useAppStore((s) => s.settings.workingDays);
  // Moves on at midnight (and on waking), so “This week” follows the calendar while the app stays open.
  const current = weekKeyOf(useToday());
  const dates = datesOfWeek(week);
  const workDates = workingDays.map((d) => dates[d]).sort();
  const previous = weeks ? stepWeek(week, weeks, -1) : addWeeksToKey(week, -1);
  const next = weeks ? stepWeek(week, weeks, 1) : addWeeksToKey(week, 1);
  const thisWeekOutside = weeks !== null && !isOfferedWeek(current, weeks);
  const offered = weeks ? offeredWeeks(weeks) : [];
  const minDate = offered[0] ? datesOfWeek(offered[0]).mon : undefined;
  const lastOffered = offered.at(-1);
  const maxDate = lastOffered ? datesOfWeek(lastOffered).sun : undefined;
  // A step over the weeks between says where it goes.
  const previousLabel =
    previous === null || previous === addWeeksToKey(week, -1)
      ? 'Previous week'
      : `Back to week ${weekNumber(previous)}`;
  const nextLabel = next === null || next === addWeeksToKey(week, 1) ? 'Next week' : `On to week ${weekNumber(next)}`;

  return (
    <div className="week-nav">
      <div className="week-nav__title">
        <h2 className="week-nav__heading">
          Week {weekNumber(week)}
          <span className="week-nav__span">
            {' '}
            · {formatSpan(workDates[0] ?? dates.mon, workDates.at(-1) ?? dates.sun)}
          </span>
        </h2>
        {week === current ? <span className="badge badge--today">This week</span> : null}
      </div>
      <div className="week-nav__controls" role="group" aria-label="Choose the week">
        <button
          type="button"
          className="button"
          disabled={previous === null}
          onClick={() => previous && setWeek(previous)}
        >
          <span aria-hidden="true">‹ </span>
          {previousLabel}
        </button>
        <button
          type="button"
          className="button"
          disabled={week === current || thisWeekOutside}
          title={
            thisWeekOutside
              ? 'This week is outside the engagement’s dates and carries none of its check-ins or follow-ups.'
              : undefined
          }
          onClick={() => setWeek(current)}
        >
          This week
        </button>
        <button type="button" className="button" disabled={next === null} onClick={() => next && setWeek(next)}>
          {nextLabel}
          <span aria-hidden="true"> ›</span>
        </button>
        <label className="week-nav__date">
          <span>Go to date</span>
          <input
            className="input input--compact"
            type="date"
            value={dates.mon}
            min={minDate}
            max={maxDate}
            onChange={(e) => {
              if (isIsoDate(e.target.value)) setWeek(weekKeyOf(e.target.value));
            }}
          />
        </label>
      </div>
    </div>
  );
}
