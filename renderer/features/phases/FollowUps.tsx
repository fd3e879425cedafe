import { useState, type SyntheticEvent } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { followUpDue, markFollowUpDone } from '../../../shared/keyDates/dueDates';
import { CADENCE_LABELS, CADENCES, type Cadence, type FollowUp } from '../../../shared/model/lifecycle';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { undoToast } from '../../store/writes';
import { newId } from './newId';

interface FollowUpsProps {
  engagementId: string;
  endDate: string;
  followUps: FollowUp[];
  onChange: (next: FollowUp[]) => void;
}

/** The people to keep in touch with after the engagement, the soonest due first. */
export function FollowUps(props: FollowUpsProps) {
  const { endDate, followUps, onChange } = props;
  const today = useToday();
  const edits = useFollowUpEdits(props, today);
  const sorted = [...followUps].sort((a, b) => followUpDue(a, endDate).localeCompare(followUpDue(b, endDate)));

  return (
    <section className="panel panel--tight" aria-labelledby="follow-ups-title">
      <h3 id="follow-ups-title" className="panel__title">
        Follow-ups
      </h3>
      <p className="muted">Optional 1-1s or syncs with the tech lead, developers and managers you met.</p>
      {sorted.length > 0 ? (
        <ul className="follow-ups" aria-label="Follow-ups">
          {sorted.map((f) => (
            <FollowUpRow
              key={f.id}
              followUp={f}
              due={followUpDue(f, endDate)}
              today={today}
              onDone={(note) => edits.markDone(f, note)}
              onCadence={(next) => edits.setCadence(f, next)}
              onRemove={() => edits.remove(f)}
            />
          ))}
        </ul>
      ) : null}
      <AddFollowUp onAdd={(followUp) => onChange([...followUps, followUp])} />
    </section>
  );
}

/** Changes to one follow-up in the list; a removal can be undone from its toast. */
function useFollowUpEdits({ engagementId, followUps, onChange }: FollowUpsProps, today: string) {
  const pushToast = useAppStore((s) => s.pushToast);
  const markDone = (f: FollowUp, note: string) =>
    onChange(followUps.map((x) => (x.id === f.id ? markFollowUpDone(x, today, note) : x)));
  const setCadence = (f: FollowUp, cadence: Cadence) =>
    onChange(followUps.map((x) => (x.id === f.id ? { ...x, cadence } : x)));
  const remove = (f: FollowUp) => {
    const index = followUps.findIndex((x) => x.id === f.id);
    onChange(followUps.filter((x) => x.id !== f.id));
    pushToast(
      // Back where it was, in the list as it is by then (other changes kept).
      undoToast(`Follow-up with ${f.person} deleted.`, () => {
        const now = useAppStore.getState().dataOf('lifecycle', engagementId)?.followUps ?? [];
        if (now.some((x) => x.id === f.id)) return;
        onChange([...now.slice(0, index), f, ...now.slice(index)]);
      }),
    );
  };
  return { markDone, setCadence, remove };
}

/** A new follow-up: the person, their role and how often; the cadence stays for the next one. */
function AddFollowUp({ onAdd }: { onAdd: (followUp: FollowUp) => void }) {
  const [person, setPerson] = useState('');
  const [role, setRole] = useState('');
  const [cadence, setCadence] = useState<Cadence>('monthly');
  const add = (event: SyntheticEvent) => {
    event.preventDefault();
    if (person.trim() === '') return;
    onAdd({ id: newId(), person: person.trim(), role: role.trim(), cadence, lastContact: null, log: [] });
    setPerson('');
    setRole('');
  };
  return (
    <form className="inline-form" onSubmit={add} aria-label="Add a follow-up">
      <label className="visually-hidden" htmlFor="follow-up-person">
        Person
      </label>
      <input
        id="follow-up-person"
        className="input inline-form__input"
        placeholder="Person"
        maxLength={120}
        value={person}
        onChange={(e) => setPerson(e.target.value)}
      />
      <label className="visually-hidden" htmlFor="follow-up-role">
        Their role
      </label>
      <input
        id="follow-up-role"
        className="input inline-form__input"
        placeholder="Role (e.g. tech lead)"
        maxLength={120}
        value={role}
        onChange={(e) => setRole(e.target.value)}
      />
      <label className="visually-hidden" htmlFor="follow-up-cadence">
        Cadence
      </label>
      <select
        id="follow-up-cadence"
        className="input inline-form__input"
        value={cadence}
        onChange={(e) => setCadence(e.target.value as Cadence)}
      >
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={person.trim() === ''}>
        Add follow-up
      </button>
    </form>
  );
}

function FollowUpRow({
  followUp: f,
  due,
  today,
  onDone,
  onCadence,
  onRemove,
}: {
  followUp: FollowUp;
  due: string;
  today: string;
  onDone: (note: string) => void;
  onCadence: (cadence: Cadence) => void;
  onRemove: () => void;
}) {
  const [note, setNote] = useState('');
  const last = f.log.at(-1);
  return (
    <li className="follow-up" aria-label={f.person}>
      <div className="follow-up__main">
        <strong>{f.person}</strong>
        {f.role ? <span className="muted"> · {f.role}</span> : null}
        <label className="visually-hidden" htmlFor={`cadence-${f.id}`}>
          How often to follow up with {f.person}
        </label>
        <select
          id={`cadence-${f.id}`}
          className="input follow-up__cadence"
          value={f.cadence}
          onChange={(e) => onCadence(e.target.value as Cadence)}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {CADENCE_LABELS[c]}
            </option>
          ))}
        </select>
        <p className="card__meta">
          Last contact: {f.lastContact ? formatDisplayDate(f.lastContact) : 'none yet'} · Next due:{' '}
          <span className={due < today ? 'overdue' : undefined}>{formatDisplayDate(due)}</span>
          {last && last.note ? ` · “${last.note}”` : null}
        </p>
      </div>
      <form
        className="inline-form"
        aria-label={`Mark the follow-up with ${f.person} done`}
        onSubmit={(e) => {
          e.preventDefault();
          onDone(note);
          setNote('');
        }}
      >
        <label className="visually-hidden" htmlFor={`note-${f.id}`}>
          Note on the contact with {f.person}
        </label>
        <input
          id={`note-${f.id}`}
          className="input inline-form__input"
          placeholder="Note"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button">
          Mark done
        </button>
        <button
          type="button"
          className="button button--ghost"
          aria-label={`Delete the follow-up with ${f.person}`}
          onClick={onRemove}
        >
          Delete
        </button>
      </form>
    </li>
  );
}
