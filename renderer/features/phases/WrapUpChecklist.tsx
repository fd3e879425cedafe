import { useId } from 'react';
import { effectiveWrapUp, type KnownWrapUp } from '../../../shared/guide/wrapUp';
import { WRAP_UP_ITEMS, WRAP_UP_LABELS, type WrapUpItem } from '../../../shared/model/lifecycle';
import { countDone } from './Checklist';

interface Props {
  /** The user's own ticks, as the engagement file keeps them. */
  manual: Record<WrapUpItem, boolean>;
  /** What the app knows from the project retro (null while it loads: then only the ticks show). */
  known: KnownWrapUp | null;
  onChange: (next: Record<WrapUpItem, boolean>) => void;
}

/**
 * The wrapping-up checklist: ticked by what the app already knows (the project retro held,
 * NPS answers recorded, its notes emailed), and by hand for what happened elsewhere.
 */
export function WrapUpChecklist({ manual, known, onChange }: Props) {
  const shown = known ? effectiveWrapUp(manual, known) : manual;
  const { done, total } = countDone(shown);
  return (
    <fieldset className="checklist">
      <legend className="panel__title">{`Wrapping up (${done} of ${total})`}</legend>
      {WRAP_UP_ITEMS.map((item) => (
        <WrapUpRow
          key={item}
          item={item}
          checked={shown[item]}
          knownAs={known?.[item] ?? null}
          onChange={(checked) => onChange({ ...manual, [item]: checked })}
        />
      ))}
    </fieldset>
  );
}

function WrapUpRow(props: {
  item: WrapUpItem;
  checked: boolean;
  knownAs: string | null;
  onChange: (checked: boolean) => void;
}) {
  const { item, checked, knownAs, onChange } = props;
  const noteId = useId();
  return (
    <div className="checklist__row">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          // What the app recorded is not undone here: change it where it was recorded.
          disabled={knownAs !== null}
          aria-describedby={knownAs !== null ? noteId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {WRAP_UP_LABELS[item]}
      </label>
      {knownAs !== null ? (
        <span id={noteId} className="checklist__known">
          Recorded in the project retro: {knownAs}
        </span>
      ) : null}
    </div>
  );
}
