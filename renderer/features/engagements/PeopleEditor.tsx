import { useRef, useState } from 'react';
import { PERSON_ROLES, ROLE_LABELS, type PersonRole } from '../../../shared/model/engagement';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import type { PersonDraft } from '../../store/engagementDraft';
import { PeoplePaste } from './PeoplePaste';

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
  const [pasting, setPasting] = useState(false);
  const pushToast = useAppStore((s) => s.pushToast);
  const pasteButton = useRef<HTMLButtonElement>(null);

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
          <PersonRow
            key={person.id}
            person={person}
            index={index}
            errors={errors}
            update={(patch) => update(index, patch)}
            remove={() => remove(index)}
          />
        ))}
      </ol>
      {pasting ? (
        <PeoplePaste
          people={people}
          onChange={onChange}
          onClose={(message) => {
            setPasting(false);
            if (message !== null) pushToast({ tone: 'info', message });
            // Back to where the paste was opened from (the panel and its button swap places).
            requestAnimationFrame(() => pasteButton.current?.focus());
          }}
        />
      ) : null}
      <div className="people__actions">
        <button type="button" className="button" onClick={add}>
          Add person
        </button>
        {!pasting ? (
          <button type="button" className="button" ref={pasteButton} onClick={() => setPasting(true)}>
            Paste a list…
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

interface PersonRowProps {
  person: PersonDraft;
  index: number;
  errors: Record<string, string>;
  update: (patch: Partial<PersonDraft>) => void;
  remove: () => void;
}

function PersonRow({ person, index, errors, update, remove }: PersonRowProps) {
  return (
    <li className="person-row" aria-label={`Person ${index + 1}`}>
      <Field label="Name" error={errors[`people.${index}.name`]}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={person.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="off"
            onChange={(e) => update({ name: e.target.value })}
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
            onChange={(e) => update({ email: e.target.value })}
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
            onChange={(e) => update({ role: e.target.value as PersonRole })}
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
        onClick={remove}
      >
        Remove
      </button>
    </li>
  );
}
