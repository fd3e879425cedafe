import { useState } from 'react';
import { ROLE_LABELS, type Person } from '../../../shared/model/engagement';
import { DAY_KIND_LABELS, DAY_KINDS, HoursSchema, type Ritual, type WeekPlan } from '../../../shared/model/planner';
import { formatMinutes, pairingCandidates, setDayKind, updateDay, type PlannedDay } from '../../../shared/planner';
import { formatDayLong } from '../../../shared/week';
import { useAppStore } from '../../store';
import type { PlannerTarget } from './PlannerView';

interface DayPanelProps {
  target: PlannerTarget;
  planned: PlannedDay;
  plan: WeekPlan;
  people: Person[];
  rituals: Ritual[];
  /** The day is protected 20% time: its rituals are flagged. */
  flagged: boolean;
  onChange: (plan: WeekPlan) => void;
}

const KIND_HINTS = {
  pairing: 'With the host team, on the engagement’s goals.',
  twenty: 'Notes, the home team, docs, admin, feedback.',
  off: 'PTO, a holiday, or outside the engagement.',
} as const;

/** The selected day: its kind, hours, note and, on a pairing day, who you paired with on what. */
export function DayPanel({ target, planned, plan, people, rituals, flagged, onChange }: DayPanelProps) {
  const settings = useAppStore((s) => s.settings);
  const navigate = useAppStore((s) => s.navigate);
  const { day, date, plan: dayPlan } = planned;
  const [hours, setHours] = useState(String(dayPlan.hours));
  // Hours changed elsewhere (a day back from off gets the default): show them.
  const [shownHours, setShownHours] = useState(dayPlan.hours);
  if (shownHours !== dayPlan.hours) {
    setShownHours(dayPlan.hours);
    if (Number(hours) !== dayPlan.hours) setHours(String(dayPlan.hours));
  }
  const hoursValid = HoursSchema.safeParse(Number(hours)).success && hours.trim() !== '';
  const candidates = pairingCandidates(people);
  const removed = dayPlan.partnerIds.filter((id) => !candidates.some((c) => c.id === id));
  const update = (patch: Parameters<typeof updateDay>[2]) => onChange(updateDay(plan, day, patch));
  const togglePartner = (id: string) =>
    update({
      partnerIds: dayPlan.partnerIds.includes(id) ? dayPlan.partnerIds.filter((p) => p !== id) : [...dayPlan.partnerIds, id],
    });

  return (
    <div className="day-panel" role="tabpanel" id="day-panel" aria-labelledby={`day-tab-${day}`}>
      <h3 className="day-panel__title">{formatDayLong(date)}</h3>
      <div className="day-panel__row">
        <fieldset className="kind-picker" aria-describedby={`kind-hint-${day}`}>
          <legend className="field__label">How the day is spent</legend>
          <div className="kind-picker__options">
            {DAY_KINDS.map((kind) => (
              <label key={kind} className={`kind-picker__option kind-picker__option--${kind}`}>
                <input
                  type="radio"
                  name={`kind-${day}`}
                  value={kind}
                  checked={dayPlan.kind === kind}
                  onChange={() => onChange(setDayKind(plan, day, kind, settings))}
                />
                {DAY_KIND_LABELS[kind]}
              </label>
            ))}
          </div>
          <p id={`kind-hint-${day}`} className="field__hint">
            {KIND_HINTS[dayPlan.kind]}
          </p>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`hours-${day}`}>
            Planned hours
          </label>
          <input
            id={`hours-${day}`}
            className="input input--hours"
            type="number"
            min={0}
            max={24}
            step={0.25}
            value={hours}
            aria-invalid={!hoursValid}
            aria-describedby={hoursValid ? undefined : `hours-${day}-error`}
            onChange={(e) => {
              setHours(e.target.value);
              const value = Number(e.target.value);
              if (e.target.value.trim() !== '' && HoursSchema.safeParse(value).success) update({ hours: value });
            }}
          />
          {hoursValid ? null : (
            <p id={`hours-${day}-error`} className="field__error" role="alert">
              Enter 0 to 24 hours, in quarter hours.
            </p>
          )}
        </div>
      </div>
      {rituals.length > 0 ? (
        <p className="day-panel__rituals">
          <span className="field__label">Rituals: </span>
          {rituals.map((r, i) => (
            <span key={r.id}>
              {i > 0 ? ', ' : ''}
              {r.time} {r.name} ({formatMinutes(r.minutes)})
            </span>
          ))}
          {flagged && dayPlan.kind !== 'off' ? <strong className="flag"> — on your 20% day</strong> : null}
        </p>
      ) : null}

      {dayPlan.kind === 'pairing' && target.scope.kind === 'engagement' ? (
        <fieldset className="pairing-log">
          <legend className="field__label">Paired with</legend>
          {candidates.length === 0 && removed.length === 0 ? (
            <p className="muted pairing-log__empty">
              Add the host team’s people to the engagement to log who you pair with.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => target.scope.kind === 'engagement' && navigate({ kind: 'engagement', id: target.scope.id, section: 'overview' })}
              >
                Edit people
              </button>
            </p>
          ) : (
            <div className="pairing-log__people">
              {candidates.map((p) => (
                <label key={p.id} className="chip-check">
                  <input type="checkbox" checked={dayPlan.partnerIds.includes(p.id)} onChange={() => togglePartner(p.id)} />
                  {p.name}
                  <span className="chip-check__role">{ROLE_LABELS[p.role]}</span>
                </label>
              ))}
              {removed.map((id) => (
                <label key={id} className="chip-check">
                  <input type="checkbox" checked onChange={() => togglePartner(id)} />
                  Removed person
                </label>
              ))}
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor={`topic-${day}`}>
              On what
            </label>
            <input
              id={`topic-${day}`}
              className="input"
              maxLength={200}
              placeholder="e.g. contract tests for the payments API"
              value={dayPlan.topic}
              onChange={(e) => update({ topic: e.target.value })}
            />
          </div>
        </fieldset>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor={`note-${day}`}>
          Note
        </label>
        <textarea
          id={`note-${day}`}
          className="input input--multiline"
          rows={2}
          maxLength={1000}
          placeholder={dayPlan.kind === 'off' ? 'e.g. public holiday' : 'Anything to remember about the day'}
          value={dayPlan.note}
          onChange={(e) => update({ note: e.target.value })}
        />
      </div>
    </div>
  );
}
