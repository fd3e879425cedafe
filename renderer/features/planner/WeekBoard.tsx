import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Person } from '../../../shared/model/engagement';
import { DAY_KIND_LABELS, nextDayKind, type Ritual, type WeekPlan } from '../../../shared/model/planner';
import { WEEKDAY_LABELS, type Weekday } from '../../../shared/model/settings';
import { daysOf, formatHours, protectedDays, ritualsOn, setDayKind, type PlannedDay } from '../../../shared/planner';
import { formatDayShort, type WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';
import { DayPanel } from './DayPanel';
import type { PlannerTarget } from './PlannerView';

interface WeekBoardProps {
  target: PlannerTarget;
  week: WeekKey;
  plan: WeekPlan;
  /** Shown beside the selected day: the week's gauge. */
  side: ReactNode;
  rituals: Ritual[];
  people: Person[];
  today: string;
}

/**
 * The week's days as tabs (roving tabindex): ←/→ (and Home/End) move between days, Space
 * or K cycles the day pairing → 20% time → off. The selected day is edited below.
 */
export function WeekBoard({ target, week, plan, rituals, people, today, side }: WeekBoardProps) {
  const settings = useAppStore((s) => s.settings);
  const save = useAppStore((s) => s.savePlannerWeek);
  const days = daysOf(plan, week);
  const [selected, setSelected] = useState<Weekday>(() => days.find((d) => d.date === today)?.day ?? days[0]?.day ?? 'mon');
  const tabs = useRef(new Map<Weekday, HTMLButtonElement>());
  const guarded = protectedDays(plan, settings);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const current = days.find((d) => d.day === selected) ?? days[0];

  const change = (next: WeekPlan) => void save(target.scope, week, next);
  const select = (day: Weekday) => {
    setSelected(day);
    tabs.current.get(day)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number, planned: PlannedDay) => {
    const move = (to: number) => {
      event.preventDefault();
      const day = days[(to + days.length) % days.length];
      if (day) select(day.day);
    };
    switch (event.key) {
      case 'ArrowRight':
        return move(index + 1);
      case 'ArrowLeft':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(days.length - 1);
      case ' ':
      case 'k':
      case 'K':
        event.preventDefault();
        setSelected(planned.day);
        change(setDayKind(plan, planned.day, nextDayKind(planned.plan.kind), settings));
        return;
      default:
        return;
    }
  };

  return (
    <div className="week-board">
      <div className="days" role="tablist" aria-label="Days of the week" aria-describedby="week-keys">
        {days.map((planned, index) => {
          const { day, date, plan: dayPlan } = planned;
          const isToday = date === today;
          const dayRituals = ritualsOn(rituals, day);
          const partners = dayPlan.partnerIds.map((id) => names.get(id) ?? 'removed person');
          // The tab's name is its visible text; the hidden separators make it read as sentences.
          return (
            <button
              key={day}
              ref={(el) => {
                if (el) tabs.current.set(day, el);
                else tabs.current.delete(day);
              }}
              type="button"
              role="tab"
              id={`day-tab-${day}`}
              aria-controls="day-panel"
              aria-selected={day === selected}
              aria-current={isToday ? 'date' : undefined}
              tabIndex={day === selected ? 0 : -1}
              className={`day day--${dayPlan.kind}${isToday ? ' day--today' : ''}${day === selected ? ' day--selected' : ''}`}
              onClick={() => setSelected(day)}
              onKeyDown={(e) => onKeyDown(e, index, planned)}
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
              {dayPlan.kind === 'pairing' && target.scope.kind === 'engagement' ? (
                <>
                  <Hidden>, </Hidden>
                  <span className={`day__partners${partners.length === 0 ? ' day__partners--none' : ''}`}>
                    {partners.length > 0 ? `with ${partners.join(', ')}` : date <= today ? 'No partner logged' : 'Partner not logged yet'}
                  </span>
                </>
              ) : null}
              {dayPlan.kind === 'off' && dayPlan.note ? (
                <>
                  <Hidden>, </Hidden>
                  <span className="day__note">{dayPlan.note}</span>
                </>
              ) : null}
              {dayRituals.length > 0 && dayPlan.kind !== 'off' ? (
                <span className="day__rituals">
                  <Hidden>. Rituals: </Hidden>
                  {dayRituals.map((r, i) => (
                    <span key={r.id} className={`day__ritual${guarded.has(day) ? ' day__ritual--flagged' : ''}`}>
                      {i > 0 ? <Hidden>, </Hidden> : null}
                      {guarded.has(day) ? <span aria-hidden="true">⚑ </span> : null}
                      {r.time} {r.name}
                      {guarded.has(day) ? <Hidden> (on the 20% day)</Hidden> : null}
                    </span>
                  ))}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <p className="week-board__hint" id="week-keys">
        Keyboard: <kbd>←</kbd> <kbd>→</kbd> move between days · <kbd>Space</kbd> or <kbd>K</kbd> changes the day: pairing →
        20% time → off · <kbd>Tab</kbd> edits it
      </p>
      <div className="planner__split planner__split--day">
      {current ? (
        <DayPanel
          key={current.day}
          target={target}
          planned={current}
          plan={plan}
          people={people}
          rituals={ritualsOn(rituals, current.day)}
          flagged={guarded.has(current.day)}
          onChange={change}
        />
      ) : null}
      {side}
      </div>
    </div>
  );
}

function Hidden({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}
