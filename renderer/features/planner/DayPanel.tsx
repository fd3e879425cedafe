import type { Person } from '../../../shared/model/engagement';
import type { Ritual, WeekPlan } from '../../../shared/model/planner';
import { formatMinutes, pairingCandidates, setDayKind, updateDay, type PlannedDay } from '../../../shared/planner';
import { formatDayLong } from '../../../shared/dates';
import { useAppStore } from '../../store';
import { DayKindPicker, HoursField, PairingLog } from './DayFields';
import type { PlannerTarget } from './target';
import { useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

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

/** The selected day: its kind, hours, note and, on a pairing day, who you paired with on what. */
export function DayPanel({ target, planned, plan, people, rituals, flagged, onChange }: DayPanelProps) {
  const settings = useAppStore((s) => s.settings);
  const navigate = useAppStore((s) => s.navigate);
  const { day, date, plan: dayPlan } = planned;
  const candidates = pairingCandidates(people);
  const update = (patch: Parameters<typeof updateDay>[2]) => onChange(updateDay(plan, day, patch));
  const togglePartner = (id: string) =>
    update({
      partnerIds: dayPlan.partnerIds.includes(id)
        ? dayPlan.partnerIds.filter((p) => p !== id)
        : [...dayPlan.partnerIds, id],
    });
  const { scope } = target;
  // The week of an engagement holding records from a newer version is shown, not offered for editing.
  const readOnly = useEngagementReadOnly(target.engagement?.id);

  return (
    <div className="day-panel" role="tabpanel" id="day-panel" aria-labelledby={`day-tab-${day}`}>
      <h3 className="day-panel__title">{formatDayLong(date)}</h3>
      <fieldset className="read-only-fieldset" disabled={readOnly}>
        <div className="day-panel__row">
          <DayKindPicker
            day={day}
            kind={dayPlan.kind}
            onKind={(kind) => onChange(setDayKind(plan, day, kind, settings))}
          />
          <HoursField day={day} hours={dayPlan.hours} onHours={(hours) => update({ hours })} />
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

        {dayPlan.kind === 'pairing' && scope.kind === 'engagement' ? (
          <PairingLog
            day={day}
            candidates={candidates}
            partnerIds={dayPlan.partnerIds}
            topic={dayPlan.topic}
            onToggle={togglePartner}
            onTopic={(topic) => update({ topic })}
            onEditPeople={() => navigate({ kind: 'engagement', id: scope.id, section: 'details' })}
          />
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
      </fieldset>
    </div>
  );
}
