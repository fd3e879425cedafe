interface Props<K extends string> {
  label: string;
  items: readonly K[];
  labels: Record<K, string>;
  value: Record<K, boolean>;
  onChange: (next: Record<K, boolean>) => void;
}

/** A list of ticks (kick-off, red flags, wrap-up), saved on each change. */
export function Checklist<K extends string>({ label, items, labels, value, onChange }: Props<K>) {
  return (
    <fieldset className="checklist">
      <legend className="panel__title">{label}</legend>
      {items.map((item) => (
        <label key={item} className="checkbox">
          <input
            type="checkbox"
            checked={value[item]}
            onChange={(e) => onChange({ ...value, [item]: e.target.checked })}
          />
          {labels[item]}
        </label>
      ))}
    </fieldset>
  );
}

/** "3 of 5 done" for a checklist. */
export function countDone(value: Record<string, boolean>): { done: number; total: number } {
  const values = Object.values(value);
  return { done: values.filter(Boolean).length, total: values.length };
}
