import { isIsoDate } from '../../shared/dates';

interface Props {
  id: string;
  value: string | null;
  describedBy?: string | undefined;
  /** The latest day that may be chosen (ISO date). */
  max?: string;
  onChange: (value: string | null) => void;
}

/** A date that may be unset: saved when it is a whole date or cleared, not while half typed. */
export function DateInput({ id, value, describedBy, max, onChange }: Props) {
  return (
    <input
      id={id}
      className="input"
      type="date"
      value={value ?? ''}
      max={max}
      aria-describedby={describedBy}
      onChange={(e) => {
        const next = e.target.value;
        if (next === '') onChange(null);
        else if (isIsoDate(next)) onChange(next);
      }}
    />
  );
}
