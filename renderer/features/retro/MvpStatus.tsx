import { useState } from 'react';
import { usePastRetro } from './usePastRetro';

/**
 * One line on how close the MVP is, saved with the retro. The question is asked only on this
 * week's or an upcoming retro; a past one that left it empty says so.
 */
export function MvpStatus({
  value,
  retroDate,
  editable,
  onChange,
}: {
  value: string;
  retroDate: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const past = usePastRetro(retroDate);
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
        placeholder={past ? 'Nothing noted' : 'How close is the MVP launch, and what blocks it?'}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
