import { useState } from 'react';
import { ROLE_LABELS, type Person } from '../../../shared/model/engagement';
import { DAY_KIND_LABELS, DAY_KINDS, HoursSchema, type DayKind } from '../../../shared/model/planner';
import type { Weekday } from '../../../shared/model/settings';

const KIND_HINTS = {
  pairing: 'With the host team, on the engagement’s goals.',
  twenty: 'Notes, the home team, docs, admin, feedback.',
  off: 'PTO, a holiday, or outside the engagement.',
} as const;

/** How the day is spent: pairing, 20% time or off, with a hint for the chosen kind. */
export function DayKindPicker({ day, kind, onKind }: { day: Weekday; kind: DayKind; onKind: (kind: DayKind) => void }) {
  return (
    <fieldset className="kind-picker" aria-describedby={`kind-hint-${day}`}>
      <legend className="field__label">How the day is spent</legend>
      <div className="kind-picker__options">
        {DAY_KINDS.map((k) => (
          <label key={k} className={`kind-picker__option kind-picker__option--${k}`}>
            <input type="radio" name={`kind-${day}`} value={k} checked={kind === k} onChange={() => onKind(k)} />
            {DAY_KIND_LABELS[k]}
          </label>
        ))}
      </div>
      <p id={`kind-hint-${day}`} className="field__hint">
        {KIND_HINTS[kind]}
      </p>
    </fieldset>
  );
}

/**
 * The day's planned hours. What is typed stays in the field even while invalid (only a
 * valid value is saved); hours changed elsewhere (a day back from off gets the default)
 * replace it.
 */
export function HoursField({
  day,
  hours: planned,
  onHours,
}: {
  day: Weekday;
  hours: number;
  onHours: (hours: number) => void;
}) {
  const [hours, setHours] = useState(String(planned));
  const [shownHours, setShownHours] = useState(planned);
  if (shownHours !== planned) {
    setShownHours(planned);
    if (Number(hours) !== planned) setHours(String(planned));
  }
  const hoursValid = HoursSchema.safeParse(Number(hours)).success && hours.trim() !== '';
  return (
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
          if (e.target.value.trim() !== '' && HoursSchema.safeParse(value).success) onHours(value);
        }}
      />
      {hoursValid ? null : (
        <p id={`hours-${day}-error`} className="field__error" role="alert">
          Enter 0 to 24 hours, in quarter hours.
        </p>
      )}
    </div>
  );
}

interface PairingLogProps {
  day: Weekday;
  /** The people one can pair with. */
  candidates: readonly Person[];
  partnerIds: readonly string[];
  topic: string;
  onToggle: (id: string) => void;
  onTopic: (topic: string) => void;
  onEditPeople: () => void;
}

/** A pairing day's partners (a removed person stays listed until unticked) and its topic. */
export function PairingLog({ day, candidates, partnerIds, topic, onToggle, onTopic, onEditPeople }: PairingLogProps) {
  const removed = partnerIds.filter((id) => !candidates.some((c) => c.id === id));
  return (
    <fieldset className="pairing-log">
      <legend className="field__label">Paired with</legend>
      {candidates.length === 0 && removed.length === 0 ? (
        <p className="muted pairing-log__empty">
          Add the host team’s people to the engagement to log who you pair with.{' '}
          <button type="button" className="link-button" onClick={onEditPeople}>
            Edit people
          </button>
        </p>
      ) : (
        <div className="pairing-log__people">
          {candidates.map((p) => (
            <label key={p.id} className="chip-check">
              <input type="checkbox" checked={partnerIds.includes(p.id)} onChange={() => onToggle(p.id)} />
              {p.name}
              <span className="chip-check__role">{ROLE_LABELS[p.role]}</span>
            </label>
          ))}
          {removed.map((id) => (
            <label key={id} className="chip-check">
              <input type="checkbox" checked onChange={() => onToggle(id)} />
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
          value={topic}
          onChange={(e) => onTopic(e.target.value)}
        />
      </div>
    </fieldset>
  );
}
