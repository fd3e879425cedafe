import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Person } from '../../../shared/model/engagement';
import { nextDayKind, type Ritual, type WeekPlan } from '../../../shared/model/planner';
import type { Weekday } from '../../../shared/model/settings';
import { daysOf, protectedDays, ritualsOn, setDayKind, type PlannedDay } from '../../../shared/planner';
import type { WeekKey } from '../../../shared/week';
import { useAppStore } from '../../store';
import { DayPanel } from './DayPanel';
import { DayTab } from './DayTab';
import type { PlannerTarget } from './target';

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
  const [selected, setSelected] = useState<Weekday>(
    () => days.find((d) => d.date === today)?.day ?? days[0]?.day ?? 'mon',
  );
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
    const action = dayKeyAction(event.key, index, days.length);
    if (action === null) return;
    event.preventDefault();
    if (action === 'cycle') {
      setSelected(planned.day);
      change(setDayKind(plan, planned.day, nextDayKind(planned.plan.kind), settings));
      return;
    }
    const day = days[(action + days.length) % days.length];
    if (day) select(day.day);
  };

  return (
    <div className="week-board">
      <div className="days" role="tablist" aria-label="Days of the week" aria-describedby="week-keys">
        {days.map((planned, index) => {
          const { day, plan: dayPlan } = planned;
          return (
            <DayTab
              key={day}
              planned={planned}
              selected={day === selected}
              today={today}
              rituals={ritualsOn(rituals, day)}
              partners={dayPlan.partnerIds.map((id) => names.get(id) ?? 'removed person')}
              guarded={guarded.has(day)}
              showPartners={target.scope.kind === 'engagement'}
              register={(el) => {
                if (el) tabs.current.set(day, el);
                else tabs.current.delete(day);
              }}
              onSelect={() => setSelected(day)}
              onKeyDown={(e) => onKeyDown(e, index, planned)}
            />
          );
        })}
      </div>
      <p className="week-board__hint" id="week-keys">
        Keyboard: <kbd>←</kbd> <kbd>→</kbd> move between days · <kbd>Space</kbd> or <kbd>K</kbd> changes the day:
        pairing → 20% time → off · <kbd>Tab</kbd> edits it
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

/** A key on a day tab: the index to move to (before wrapping round the week), 'cycle' to change the day's kind, or null. */
function dayKeyAction(key: string, index: number, dayCount: number): number | 'cycle' | null {
  switch (key) {
    case 'ArrowRight':
      return index + 1;
    case 'ArrowLeft':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return dayCount - 1;
    case ' ':
    case 'k':
    case 'K':
      return 'cycle';
    default:
      return null;
  }
}
