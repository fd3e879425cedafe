import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { npsQuestion } from '../../../shared/project/npsQuestion';
import { Field } from '../../components/Field';
import { NumberSettingField } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsDraft';

/** Settings › Engagements: the team's name, lengths, the warnings' limits, notifications and spell checking. */
export function EngagementSettings(props: SettingsSectionProps) {
  const { draft, set } = props;
  return (
    <section className="form__section" aria-labelledby="settings-engagements">
      <h2 id="settings-engagements" className="form__section-title">
        Engagements
      </h2>
      <div className="form__grid">
        <Field
          label="Your team’s name"
          error={props.errors['teamName']}
          hint={`The NPS survey asks: “${npsQuestion(draft.teamName.trim() || DEFAULT_SETTINGS.teamName)}”`}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input"
              value={draft.teamName}
              maxLength={60}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set({ teamName: e.target.value })}
            />
          )}
        </Field>
        <NumberSettingField
          {...props}
          setting="engagementWeeks"
          label="Engagement length (weeks)"
          hint="New engagements end this many weeks after they start."
        />
        <NumberSettingField
          {...props}
          setting="bufferWeeks"
          label="Buffer between engagements (weeks)"
          hint="Warn when an engineer has less time than this between engagements."
        />
        <NumberSettingField
          {...props}
          setting="maxBackToBack"
          label="Back-to-back engagements"
          hint="Warn when an engineer has more than this many in a row without a quarter off."
        />
        <NumberSettingField
          {...props}
          setting="maxEngagementWeeks"
          label="A quarter (weeks)"
          hint="Warn when an engagement is longer than this; a break this long ends a back-to-back run."
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.notifications}
          onChange={(e) => set({ notifications: e.target.checked })}
        />
        Desktop notifications when a weekly retro is about to start and when a check-in is due
      </label>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.spellcheck}
            aria-describedby="settings-spellcheck-hint"
            onChange={(e) => set({ spellcheck: e.target.checked })}
          />
          Check spelling as you type
        </label>
        <p id="settings-spellcheck-hint" className="field__hint">
          Off by default. On Windows and Linux, turning it on downloads a spelling dictionary for your language from
          Google’s servers once; on macOS the system’s spell checker is used and nothing is downloaded.
        </p>
      </div>
    </section>
  );
}
