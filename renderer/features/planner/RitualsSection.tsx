import { useState } from 'react';
import type { Ritual } from '../../../shared/model/planner';
import { WEEKDAY_LABELS, type Weekday } from '../../../shared/model/settings';
import { formatDays, formatMinutes } from '../../../shared/planner';
import { useAppStore } from '../../store';
import { ritualDraftOf, ritualPreset, type RitualDraft } from './ritualDraft';
import { RitualForm } from './RitualForm';
import { useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

/** The host team's rituals and the weekly retro, each with its days, time and length. */
export function RitualsSection({ engagementId, rituals }: { engagementId: string; rituals: Ritual[] }) {
  const settings = useAppStore((s) => s.settings);
  const remove = useAppStore((s) => s.deletePlannerRitual);
  const [editing, setEditing] = useState<RitualDraft | null>(null);
  // Rituals are saved in the engagement: none is added, edited or removed while it is read-only.
  const readOnly = useEngagementReadOnly(engagementId);
  const isNew = editing !== null && !rituals.some((r) => r.id === editing.id);

  return (
    <section className="card rituals" aria-labelledby="rituals-title">
      <div className="card__header">
        <div>
          <h2 id="rituals-title" className="card__title">
            Rituals
          </h2>
          <p className="card__meta">
            The host team’s stand-up, planning and demo, and your weekly retro: same time every week.
          </p>
        </div>
        {editing === null ? (
          <button
            type="button"
            className="button"
            disabled={readOnly}
            onClick={() => setEditing(ritualDraftOf({ id: crypto.randomUUID(), ...ritualPreset('standup', settings) }))}
          >
            Add a ritual
          </button>
        ) : null}
      </div>
      <ul className="ritual-list" aria-label="Rituals">
        {rituals.map((ritual) => (
          <RitualRow
            key={ritual.id}
            ritual={ritual}
            readOnly={readOnly}
            twentyPercentDay={settings.twentyPercentDay}
            onEdit={() => setEditing(ritualDraftOf(ritual))}
            onRemove={() => void remove(engagementId, ritual)}
          />
        ))}
      </ul>
      {editing ? (
        <RitualForm
          key={editing.id}
          engagementId={engagementId}
          initial={editing}
          isNew={isNew}
          workingDays={settings.workingDays}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

interface RitualRowProps {
  ritual: Ritual;
  readOnly: boolean;
  twentyPercentDay: Weekday;
  onEdit: () => void;
  onRemove: () => void;
}

/** One ritual: when it is, a flag when it lands on the 20% day, and Edit (and Remove, but not for the retro). */
function RitualRow({ ritual, readOnly, twentyPercentDay, onEdit, onRemove }: RitualRowProps) {
  const onTwenty = ritual.days.includes(twentyPercentDay);
  return (
    <li className="ritual">
      <div className="ritual__main">
        <span className="ritual__name">{ritual.name}</span>
        <span className="ritual__when">
          {formatDays(ritual.days)} · {ritual.time} · {formatMinutes(ritual.minutes)}
        </span>
        {onTwenty ? (
          <span className="badge badge--flag ritual__flag">On your 20% day ({WEEKDAY_LABELS[twentyPercentDay]})</span>
        ) : null}
      </div>
      <div className="ritual__actions">
        <button
          type="button"
          className="button button--ghost"
          aria-label={`Edit ${ritual.name}`}
          disabled={readOnly}
          onClick={onEdit}
        >
          Edit
        </button>
        {ritual.kind === 'retro' ? null : (
          <button
            type="button"
            className="button button--danger"
            aria-label={`Delete ${ritual.name}`}
            disabled={readOnly}
            onClick={onRemove}
          >
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
