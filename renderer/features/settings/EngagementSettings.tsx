import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { npsQuestion } from '../../../shared/project/npsQuestion';
import { Field } from '../../components/Field';
import { SettingsGroup } from './SettingsSection';
import { NumberSettingField } from './settingsFields';
import type { SettingsSectionProps } from './useSettingsForm';

/** Settings › Engagements & planner › Engagements: the team's name, the lengths and the warnings' limits. */
export function EngagementSettings(props: SettingsSectionProps) {
  const { draft, set } = props;
  return (
    <SettingsGroup id="settings-engagement-lengths" title="Engagements">
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
    </SettingsGroup>
  );
}
