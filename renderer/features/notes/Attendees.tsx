import { useState } from 'react';
import type { Person } from '../../../shared/model/engagement';
import { AttendeeSchema, type Attendee } from '../../../shared/model/retro';

interface AttendeesProps {
  attendees: Attendee[];
  people: Person[];
  editable: boolean;
  onChange: (attendees: Attendee[]) => void;
}

/** Who came: people of the engagement, picked from a list, and guests typed in (a weekly or the project retro). */
export function Attendees(props: AttendeesProps) {
  const { people, editable } = props;
  const { attendees, commit, guest } = useAttendees(props);
  const absent = people.filter((p) => !attendees.some((a) => a.personId === p.id));
  return (
    <div className="attendees">
      <AttendeeChips
        attendees={attendees}
        editable={editable}
        onRemove={(index) => commit(attendees.filter((_, i) => i !== index))}
      />
      {editable ? (
        <div className="attendees__add">
          {absent.length > 0 ? (
            <PersonPicker
              absent={absent}
              onPick={(person) =>
                commit([...attendees, { personId: person.id, name: person.name, email: person.email }])
              }
            />
          ) : null}
          <GuestFields guest={guest} />
        </div>
      ) : null}
    </div>
  );
}

/** The list as edited (kept here, sent on each change), and the guest being typed in. */
function useAttendees({ attendees: initial, onChange }: AttendeesProps) {
  const [attendees, setAttendees] = useState(initial);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const commit = (next: Attendee[]) => {
    setAttendees(next);
    onChange(next);
  };
  const add = () => {
    // The same rules main applies to an attendee (single-line name, real address or none).
    const guest = AttendeeSchema.safeParse({ personId: null, name, email });
    if (!guest.success) {
      setError(guest.error.issues[0]?.message ?? 'Check the name and address.');
      return;
    }
    commit([...attendees, guest.data]);
    setName('');
    setEmail('');
    setError(null);
  };
  return { attendees, commit, guest: { name, setName, email, setEmail, error, add } };
}

type Guest = ReturnType<typeof useAttendees>['guest'];

function AttendeeChips(props: { attendees: Attendee[]; editable: boolean; onRemove: (index: number) => void }) {
  const { attendees, editable, onRemove } = props;
  return (
    <ul className="chips" aria-label="Attendees">
      {attendees.map((a, index) => (
        <li key={`${a.personId ?? 'guest'}-${a.name}-${index}`} className="chip">
          <span>
            {a.name}
            {a.email ? '' : <span className="chip__warn"> · no email</span>}
          </span>
          {editable ? (
            <button
              type="button"
              className="chip__remove"
              aria-label={`Remove ${a.name}`}
              onClick={() => onRemove(index)}
            >
              ×
            </button>
          ) : null}
        </li>
      ))}
      {attendees.length === 0 ? <li className="muted">Nobody yet.</li> : null}
    </ul>
  );
}

/** The engagement's people not on the list yet; picking one adds them at once. */
function PersonPicker({ absent, onPick }: { absent: Person[]; onPick: (person: Person) => void }) {
  return (
    <select
      className="input"
      aria-label="Add a person of the engagement"
      value=""
      onChange={(e) => {
        const person = absent.find((p) => p.id === e.target.value);
        if (person) onPick(person);
      }}
    >
      <option value="">Add someone from the engagement…</option>
      {absent.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

function GuestFields({ guest }: { guest: Guest }) {
  return (
    <>
      <input
        className="input"
        aria-label="Guest name"
        placeholder="Guest name"
        value={guest.name}
        onChange={(e) => guest.setName(e.target.value)}
      />
      <input
        className="input"
        aria-label="Guest email"
        placeholder="Email (optional)"
        type="email"
        value={guest.email}
        onChange={(e) => guest.setEmail(e.target.value)}
      />
      <button type="button" className="button" onClick={guest.add}>
        Add guest
      </button>
      {guest.error ? (
        <p className="field__error" role="alert">
          {guest.error}
        </p>
      ) : null}
    </>
  );
}
