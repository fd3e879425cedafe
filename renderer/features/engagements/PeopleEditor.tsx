import { PERSON_ROLES, ROLE_LABELS, type PersonRole } from '../../../shared/model/engagement';
import { Field } from '../../components/Field';
import type { PersonDraft } from '../../store/engagementDraft';

interface PeopleEditorProps {
  people: PersonDraft[];
  errors: Record<string, string>;
  onChange: (people: PersonDraft[]) => void;
}

export function PeopleEditor({ people, errors, onChange }: PeopleEditorProps) {
  const update = (index: number, patch: Partial<PersonDraft>) =>
    onChange(people.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const remove = (index: number) => onChange(people.filter((_, i) => i !== index));
  const add = () => onChange([...people, { id: crypto.randomUUID(), name: '', email: '', role: 'host-developer' }]);

  return (
    <fieldset className="people">
      <legend className="people__legend">People</legend>
      <p className="people__hint">
        The engineer and the advisor from your side, and the host team: developers, PM, tech lead, manager. Retro notes
        are emailed to the addresses here.
      </p>
      {people.length === 0 ? <p className="people__empty">No people yet.</p> : null}
      <ol className="people__list">
        {people.map((person, index) => (
          <li key={person.id} className="person-row" aria-label={`Person ${index + 1}`}>
            <Field label="Name" error={errors[`people.${index}.name`]}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className="input"
                  value={person.name}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  autoComplete="off"
                  onChange={(e) => update(index, { name: e.target.value })}
                />
              )}
            </Field>
            <Field label="Email" error={errors[`people.${index}.email`]}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className="input"
                  type="email"
                  value={person.email}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  autoComplete="off"
                  onChange={(e) => update(index, { email: e.target.value })}
                />
              )}
            </Field>
            <Field label="Role" error={errors[`people.${index}.role`]}>
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  className="input"
                  value={person.role}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => update(index, { role: e.target.value as PersonRole })}
                >
                  {PERSON_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              className="button button--ghost person-row__remove"
              aria-label={`Remove ${person.name || `person ${index + 1}`}`}
              onClick={() => remove(index)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        Add person
      </button>
    </fieldset>
  );
}
