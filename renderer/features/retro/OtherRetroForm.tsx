import { useState } from 'react';
import { formatDisplayDate, isIsoDate } from '../../../shared/dates';
import type { Engagement } from '../../../shared/model/engagement';

/** A retro on a day other than this week's retro day, as long as the engagement runs that day. */
export function OtherRetroForm({ engagement, onStart }: { engagement: Engagement; onStart: (date: string) => void }) {
  const [otherDate, setOtherDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  return (
    <form
      className="inline-form"
      aria-label="Add a retro on another date"
      onSubmit={(e) => {
        e.preventDefault();
        if (!isIsoDate(otherDate)) {
          setDateError('Pick a date for the retro.');
          return;
        }
        if (otherDate < engagement.startDate || otherDate > engagement.endDate) {
          setDateError(
            `Pick a day the engagement runs: ${formatDisplayDate(engagement.startDate)} to ${formatDisplayDate(engagement.endDate)}.`,
          );
          return;
        }
        setDateError(null);
        onStart(otherDate);
      }}
    >
      <label htmlFor="other-retro-date" className="field__label">
        Another retro on
      </label>
      <input
        id="other-retro-date"
        className="input inline-form__input"
        type="date"
        value={otherDate}
        aria-invalid={dateError !== null}
        aria-describedby={dateError ? 'other-retro-date-error' : undefined}
        onChange={(e) => setOtherDate(e.target.value)}
      />
      <button type="submit" className="button">
        Add retro
      </button>
      {dateError ? (
        <p id="other-retro-date-error" className="field__error" role="alert">
          {dateError}
        </p>
      ) : null}
    </form>
  );
}
