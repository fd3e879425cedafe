import type { CalendarEvent } from '../../../shared/calendar';
import { formatDayLong, formatDisplayDate } from '../../../shared/dates';
import type { EngagementSummary } from '../../../shared/model/engagement';
import { datesOfWeek, type WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';

/**
 * A week outside the engagement's dates that carries its kick-off, three-month check-in or
 * follow-ups: nothing to plan (main keeps pairing days within the engagement), but the week
 * exports as .ics with those events, so they reach the user's calendar.
 */
export function OutsideWeek({
  engagement,
  week,
  events,
}: {
  engagement: EngagementSummary;
  week: WeekKey;
  events: readonly CalendarEvent[];
}) {
  const exportWeek = useAppStore((s) => s.exportPlannerWeek);
  const dates = datesOfWeek(week);
  const thisWeek = events
    .filter((e) => e.date >= dates.mon && e.date <= dates.sun)
    .sort((a, b) => a.date.localeCompare(b.date));
  const before = dates.sun < engagement.startDate;

  return (
    <>
      <div className="planner__bar">
        <p className="planner__owner-text">
          {before ? 'Before' : 'After'} <strong>{engagement.name}</strong>
          <span className="muted">
            {' '}
            ({formatDisplayDate(engagement.startDate)} to {formatDisplayDate(engagement.endDate)})
          </span>
        </p>
        <div className="planner__actions">
          <button
            type="button"
            className="button"
            onClick={() => void exportWeek({ kind: 'engagement', id: engagement.id }, week)}
          >
            Export .ics
          </button>
        </div>
      </div>
      <section className="card" aria-labelledby="outside-week-title">
        <h2 id="outside-week-title" className="card__title">
          {before ? 'Before the engagement' : 'After the engagement'}: this week’s dates
        </h2>
        <ul className="outside-week__list">
          {thisWeek.map((e) => (
            <li key={e.uid}>
              <strong>{e.title}</strong>
              <span className="muted">
                {' '}
                · {formatDayLong(e.date)}, {e.start} ({e.minutes} min)
              </span>
            </li>
          ))}
        </ul>
        <p className="card__meta">
          Nothing to plan here: pairing days stay within the engagement’s dates. Export .ics puts these in your
          calendar, with the weekly retro series.
        </p>
      </section>
    </>
  );
}
