import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { PERSON_ROLES, ROLE_LABELS, type PersonRole } from '../../../shared/model/engagement';
import {
  applyPaste,
  previewPaste,
  refusedText,
  type PastePreview,
  type PersonLike,
} from '../../../shared/people/pastePeople';
import { PastePreviewTable, RefusedLines } from './PastePreviewTable';
import './peoplePaste.css';

interface PeoplePasteProps {
  people: PersonLike[];
  onChange: (people: PersonLike[]) => void;
  /** Closes the panel; `added` says what went in, for the People editor to announce. */
  onClose: (added: string | null) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The confirm button's words: what it will do, counted. */
function confirmLabel(preview: PastePreview): string | null {
  const adds = preview.rows.filter((r) => r.kind === 'add').length;
  const updates = preview.rows.filter((r) => r.kind === 'update').length;
  if (adds === 0 && updates === 0) return null;
  if (updates === 0) return `Add ${plural(adds, 'person', 'people')}`;
  if (adds === 0) return `Update ${plural(updates, 'person', 'people')}`;
  return `Add ${plural(adds, 'person', 'people')}, update ${updates}`;
}

/**
 * People › Paste a list: the pasted text is read as you type (a list of `Name <email>` or a
 * CSV with a header), previewed row by row, and goes into People only on confirm. Lines it
 * refuses are listed with why and stay in the box to fix, so nothing pasted is lost.
 */
export function PeoplePaste({ people, onChange, onClose }: PeoplePasteProps) {
  const [text, setText] = useState('');
  const [role, setRole] = useState<PersonRole>('host-developer');
  const typed = useDeferredValue(text);
  const preview = useMemo(() => previewPaste(people, typed, role), [people, typed, role]);
  const label = confirmLabel(preview);
  const textId = useId();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  const confirm = () => {
    // The preview on screen may lag the text by a keystroke: apply what the text says now.
    const now = previewPaste(people, text, role);
    if (now.problem !== null || confirmLabel(now) === null) return;
    onChange(applyPaste(people, now, () => crypto.randomUUID()));
    const done = confirmLabel(now)
      ?.replace(/^Add/, 'Added')
      .replace(/update/, 'updated')
      .replace(/^Update/, 'Updated');
    const left = refusedText(now);
    if (left === '') {
      onClose(`${done ?? ''}. Save the engagement to keep them.`);
      return;
    }
    setText(left);
    box.current?.focus();
  };

  return (
    <section className="people-paste" aria-label="Paste people">
      <div className="field">
        <label className="field__label" htmlFor={textId}>
          People to add
        </label>
        <textarea
          id={textId}
          ref={box}
          className="input input--multiline people-paste__text"
          rows={5}
          value={text}
          aria-describedby={hintId}
          // Opened on purpose, to paste into at once.
          autoFocus
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={hintId} className="field__hint">
          <code>Name &lt;email&gt;</code>, one per line or separated by commas; or a CSV whose first line is a header:{' '}
          <code>name,email,role</code>.
        </p>
      </div>
      <label className="people-paste__role">
        Role for people without one{' '}
        <select className="input input--compact" value={role} onChange={(e) => setRole(e.target.value as PersonRole)}>
          {PERSON_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      {preview.problem !== null ? (
        <p className="notice notice--error" role="alert">
          Nothing can be added: {preview.problem}
        </p>
      ) : null}
      <PastePreviewTable preview={preview} people={people} />
      <RefusedLines preview={preview} />
      <div className="people-paste__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={label === null || preview.problem !== null}
          onClick={confirm}
        >
          {label ?? 'Add people'}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onClose(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
