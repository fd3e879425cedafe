import type { ConflictChoice, ConflictView } from '../../../shared/ipc/team';
import { CHOICE_LABELS, choicesOf } from './conflictChoices';
import { ConflictVersion } from './ConflictVersion';

type ConflictField = ConflictView['fields'][number];

interface ConflictFieldChoiceProps {
  /** The radios' group name, unique in the dialog. */
  name: string;
  field: ConflictField;
  authors: { ours: string; theirs: string };
  pick: ConflictChoice | undefined;
  onPick: (choice: ConflictChoice) => void;
}

const SIDES = [
  { side: 'ours', title: 'This laptop' },
  { side: 'theirs', title: 'From the team' },
] as const;

/**
 * One field two laptops changed: both versions side by side, each with its own choice under
 * it, and "Keep both" (one after the other) where it can be. A radio group named by the
 * field: arrow keys move between the choices.
 */
export function ConflictFieldChoice({ name, field, authors, pick, onPick }: ConflictFieldChoiceProps) {
  const choices = choicesOf(field);
  const radio = (choice: ConflictChoice) => (
    <label className={`conflict__choice ${pick === choice ? 'conflict__choice--picked' : ''}`}>
      <input type="radio" name={name} value={choice} checked={pick === choice} onChange={() => onPick(choice)} />
      {CHOICE_LABELS[choice]}
    </label>
  );
  return (
    <fieldset className="conflict__field" role="radiogroup" aria-required="true">
      <legend className="conflict__field-label">{field.label}</legend>
      <div className="conflict__sides">
        {SIDES.map(({ side, title }) => (
          <div
            key={side}
            className={`conflict__side ${pick === side || pick === 'both' ? 'conflict__side--picked' : ''}`}
          >
            <h4 className="conflict__side-title">
              {title} <span className="muted">· {authors[side]}</span>
            </h4>
            <ConflictVersion
              kind={field.kind}
              value={field[side]}
              label={`${field.label}, ${title === 'This laptop' ? 'this laptop’s version' : 'the team’s version'}`}
            />
            {radio(side)}
          </div>
        ))}
      </div>
      {choices.includes('both') ? (
        <div className="conflict__both">
          {radio('both')}
          <span className="muted"> This laptop’s first, then the team’s.</span>
        </div>
      ) : null}
    </fieldset>
  );
}
