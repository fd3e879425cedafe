import { isIsoDate } from '../../../shared/dates';
import type { DateRange } from '../../../shared/planner';
import { addWeeksToKey, compareWeekKeys, datesOfWeek, formatSpan, weekKeyOf, weekKeyOfDate, weekNumber, type WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';

/** Previous / This week / Next, and a date to jump to. Within `range` when given. */
export function WeekNav({ week, range }: { week: WeekKey; range: DateRange | null }) {
  const setWeek = useAppStore((s) => s.setPlannerWeek);
  const workingDays = useAppStore((s) => s.settings.workingDays);
  const current = weekKeyOfDate(new Date());
  const dates = datesOfWeek(week);
  const workDates = workingDays.map((d) => dates[d]).sort();
  const first = range ? weekKeyOf(range.start) : null;
  const last = range ? weekKeyOf(range.end) : null;
  const atStart = first !== null && compareWeekKeys(week, first) <= 0;
  const atEnd = last !== null && compareWeekKeys(week, last) >= 0;
  const thisWeekOutside =
    (first !== null && compareWeekKeys(current, first) < 0) || (last !== null && compareWeekKeys(current, last) > 0);

  return (
    <div className="week-nav">
      <div className="week-nav__title">
        <h2 className="week-nav__heading">
          Week {weekNumber(week)}
          <span className="week-nav__span"> · {formatSpan(workDates[0] ?? dates.mon, workDates.at(-1) ?? dates.sun)}</span>
        </h2>
        {week === current ? <span className="badge badge--today">This week</span> : null}
      </div>
      <div className="week-nav__controls" role="group" aria-label="Choose the week">
        <button type="button" className="button" disabled={atStart} onClick={() => setWeek(addWeeksToKey(week, -1))}>
          <span aria-hidden="true">‹ </span>Previous week
        </button>
        <button
          type="button"
          className="button"
          disabled={week === current || thisWeekOutside}
          title={thisWeekOutside ? 'This week is outside the engagement’s dates.' : undefined}
          onClick={() => setWeek(current)}
        >
          This week
        </button>
        <button type="button" className="button" disabled={atEnd} onClick={() => setWeek(addWeeksToKey(week, 1))}>
          Next week<span aria-hidden="true"> ›</span>
        </button>
        <label className="week-nav__date">
          <span>Go to date</span>
          <input
            className="input input--compact"
            type="date"
            value={range && dates.mon < range.start ? range.start : dates.mon}
            min={range?.start}
            max={range?.end}
            onChange={(e) => {
              if (isIsoDate(e.target.value)) setWeek(weekKeyOf(e.target.value));
            }}
          />
        </label>
      </div>
    </div>
  );
}
