import { AppearanceSettings } from './AppearanceSettings';
import { EngagementSettings } from './EngagementSettings';
import { MailSettingsForm } from './MailSettingsForm';
import { PlannerSettings } from './PlannerSettings';
import { RetroTimerSettings } from './RetroTimerSettings';
import { TeamSettings } from '../team/TeamSettings';
import { useSettingsDraft } from './useSettingsDraft';
import { WeekSettings } from './WeekSettings';

/** The playbook's numbers, as settings: the defaults are the playbook's. */
export function SettingsPage() {
  const { draft, errors, saving, dirty, set, onSubmit, discard } = useSettingsDraft();
  const section = { draft, errors, set };
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Settings</h1>
          <p className="page__subtitle">The playbook’s numbers disagree in places, so they are yours to set.</p>
        </div>
      </header>
      <form className="form" noValidate aria-label="Settings" onSubmit={(e) => void onSubmit(e)}>
        <EngagementSettings {...section} />
        <WeekSettings {...section} />
        <PlannerSettings {...section} />
        <RetroTimerSettings {...section} />
        <AppearanceSettings {...section} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
          <button type="button" className="button button--ghost" disabled={!dirty} onClick={discard}>
            Discard changes
          </button>
        </div>
      </form>
      <MailSettingsForm />
      <TeamSettings />
    </div>
  );
}
