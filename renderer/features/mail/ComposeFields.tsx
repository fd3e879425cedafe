import { formatAddress } from '../../../shared/mail/addresses';
import { AddEmail } from './AddEmail';
import { AuthorFields } from './authorFields';
import type { ComposeEvent, ComposeState } from './composeState';

/** To (chips, from the attendees), Cc, Subject and, while there is none, the sender. */
interface ComposeFieldsProps {
  state: ComposeState;
  dispatch: (event: ComposeEvent) => void;
  addEmail: (name: string, email: string) => Promise<string | null>;
}

export function ComposeFields({ state, dispatch, addEmail }: ComposeFieldsProps) {
  const { to, ccText, subject, errors, author, authorErrors } = state;
  const edit = (patch: Extract<ComposeEvent, { type: 'edit' }>['patch']) => dispatch({ type: 'edit', patch });
  if (!state.compose) return null;
  return (
    <div className="compose__fields">
      <div className="field">
        <span className="field__label" id="compose-to-label">
          To
        </span>
        <ul className="chips" aria-labelledby="compose-to-label">
          {to.map((address) => (
            <li key={address.email} className="chip">
              <span>{formatAddress(address)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${address.name || address.email}`}
                onClick={() => edit({ to: to.filter((a) => a !== address) })}
              >
                ×
              </button>
            </li>
          ))}
          {to.length === 0 ? <li className="muted">Nobody with an email address.</li> : null}
        </ul>
        {errors['to'] ? (
          <p className="field__error" role="alert">
            {errors['to']}
          </p>
        ) : null}
        {state.compose.missingEmail.length > 0 ? (
          <p className="field__hint">
            No email: {state.compose.missingEmail.join(', ')}. Add it here, or put them in Cc.
          </p>
        ) : null}
        <AddEmail names={state.compose.missingEmail} add={addEmail} />
      </div>
      <HeaderInput
        id="compose-cc"
        label="Cc"
        value={ccText}
        error={errors['cc']}
        placeholder="Name <name@example.com>, other@example.com"
        onChange={(ccText) => edit({ ccText })}
      />
      <HeaderInput
        id="compose-subject"
        label="Subject"
        value={subject}
        error={errors['subject']}
        onChange={(subject) => edit({ subject })}
      />
      {state.compose.draftFrom === null ? (
        <fieldset className="compose__author">
          <legend className="field__label">Your name and email</legend>
          <p className="field__hint">A draft needs a sender. Aux Desk keeps them in Settings › Mail for next time.</p>
          {authorErrors['_'] ? (
            <p className="field__error" role="alert">
              {authorErrors['_']}
            </p>
          ) : null}
          <AuthorFields
            draft={author}
            onChange={(author) => edit({ author })}
            errors={authorErrors}
            labels={{ name: 'Your name', email: 'Your email' }}
          />
        </fieldset>
      ) : null}
    </div>
  );
}

interface HeaderInputProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  placeholder?: string;
  onChange: (value: string) => void;
}

function HeaderInput({ id, label, value, error, placeholder, onChange }: HeaderInputProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        placeholder={placeholder}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
