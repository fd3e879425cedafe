import { useState } from 'react';
import type { Person } from '../../../shared/model/engagement';
import { AttendeeSchema, type Attendee } from '../../../shared/model/retro';

/** Who came: people of the engagement, picked from a list, and guests typed in (a weekly or the project retro). */
export function Attendees(props: {
  attendees: Attendee[];
  people: Person[];
  editable: boolean;
  onChange: (attendees: Attendee[]) => void;
}) {
  const { people, editable, onChange } = props;
  const [attendees, setAttendees] = useState(props.attendees);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const commit = (next: Attendee[]) => {
    setAttendees(next);
    onChange(next);
  };
  const absent = people.filter((p) => !attendees.some((a) => a.personId === p.id));
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
  return (
    <div className="attendees">
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
                onClick={() => commit(attendees.filter((_, i) => i !== index))}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
        {attendees.length === 0 ? <li className="muted">Nobody yet.</li> : null}
      </ul>
      {editable ? (
        <div className="attendees__add">
          {absent.length > 0 ? (
            <select
              className="input"
              aria-label="Add a person of the engagement"
              value=""
              onChange={(e) => {
                const person = people.find((p) => p.id === e.target.value);
                if (person) commit([...attendees, { personId: person.id, name: person.name, email: person.email }]);
              }}
            >
              <option value="">Add someone from the engagement…</option>
              {absent.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : null}
          <input
            className="input"
            aria-label="Guest name"
            placeholder="Guest name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <input
            className="input"
            aria-label="Guest email"
            placeholder="Email (optional)"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <button type="button" className="button" onClick={add}>
            Add guest
          </button>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
