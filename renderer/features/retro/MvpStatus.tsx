import { useState } from 'react';

/** One line on how close the MVP is, saved with the retro. */
export function MvpStatus({
  value,
  editable,
  onChange,
}: {
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  return (
    <div className="field mvp-status">
      <label htmlFor="mvp-status" className="field__label">
        MVP status / blockers
      </label>
      <input
        id="mvp-status"
        className="input"
        value={text}
        disabled={!editable}
        placeholder="How close is the MVP launch, and what blocks it?"
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
