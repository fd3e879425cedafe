import type { HTMLInputTypeAttribute } from 'react';
import { Field } from '../../components/Field';

interface TeamTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  placeholder?: string;
  className?: string;
}

/** A labelled text input with its hint and its error beside it, in the settings' form style. */
export function TeamTextField({ label, value, onChange, error, hint, type = 'text', ...input }: TeamTextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={input.className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type={type}
          autoComplete={input.autoComplete ?? 'off'}
          spellCheck={false}
          placeholder={input.placeholder}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface FolderFieldProps {
  value: string;
  onChange: (value: string) => void;
  onChoose: () => void;
  error: string | undefined;
  hint: string;
}

/** The workspace's folder: typed, or picked in the system's dialog with "Choose…". */
export function FolderField({ value, onChange, onChoose, error, hint }: FolderFieldProps) {
  return (
    <Field label="Folder" error={error} hint={hint} className="form__wide">
      {({ id, describedBy, invalid }) => (
        <div className="team-folder">
          <input
            id={id}
            className="input"
            autoComplete="off"
            spellCheck={false}
            placeholder="/Users/you/Aux Desk team"
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
          />
          <button type="button" className="button" onClick={onChoose}>
            Choose…
          </button>
        </div>
      )}
    </Field>
  );
}

/** Who commits: the name and email git records on each change made on this laptop. */
export function IdentityFields(props: {
  name: string;
  email: string;
  errors: Record<string, string>;
  onChange: (patch: { name?: string; email?: string }) => void;
}) {
  return (
    <>
      <TeamTextField
        label="Your name"
        value={props.name}
        autoComplete="name"
        error={props.errors['name']}
        onChange={(name) => props.onChange({ name })}
      />
      <TeamTextField
        label="Your email"
        type="email"
        value={props.email}
        autoComplete="email"
        placeholder="you@example.com"
        error={props.errors['email']}
        onChange={(email) => props.onChange({ email })}
      />
    </>
  );
}
