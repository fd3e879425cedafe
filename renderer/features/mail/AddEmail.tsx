import { useState } from 'react';

interface AddEmailProps {
  names: string[];
  /** Saves the address; resolves to null when saved, else the message to show. */
  add: (name: string, email: string) => Promise<string | null>;
}

/** "Ana Lima · add email": each attendee without an address, fixable in place. */
export function AddEmail({ names, add }: AddEmailProps) {
  const [open, setOpen] = useState<string | null>(null);
  // What was typed stays while the dialog is open, per person, even after a refusal.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (names.length === 0) return null;

  const save = async (name: string) => {
    setBusy(true);
    const refused = await add(name, typed[name] ?? '');
    setBusy(false);
    setError(refused);
    if (refused === null) setOpen(null);
  };

  return (
    <ul className="compose__missing" aria-label="No email address">
      {names.map((name) =>
        open === name ? (
          <li key={name}>
            <form
              className="compose__add-email"
              onSubmit={(e) => {
                e.preventDefault();
                void save(name);
              }}
            >
              <label htmlFor="compose-add-email" className="field__hint">
                Email of {name}
              </label>
              <input
                id="compose-add-email"
                className="input"
                type="email"
                autoFocus
                value={typed[name] ?? ''}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? 'compose-add-email-error' : undefined}
                onChange={(e) => {
                  setTyped({ ...typed, [name]: e.target.value });
                  // The refusal was about what was typed before; once it is being corrected it no longer applies.
                  setError(null);
                }}
                onKeyDown={(e) => {
                  // Esc closes this field, not the whole dialog.
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    setOpen(null);
                  }
                }}
              />
              <button type="submit" className="button" disabled={busy}>
                Save to People
              </button>
              <button type="button" className="button button--ghost" onClick={() => setOpen(null)}>
                Cancel
              </button>
              <Refusal message={error} />
            </form>
          </li>
        ) : (
          <li key={name}>
            <span>{name}</span> ·{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Add email for ${name}`}
              onClick={() => {
                setError(null);
                setOpen(name);
              }}
            >
              add email
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

/** Why the address was refused, under the field (aria-describedby points here). */
function Refusal({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p id="compose-add-email-error" className="field__error" role="alert">
      {message}
    </p>
  );
}
