import { GeneralSettings } from './GeneralSettings';
import { EngagementSettings } from './EngagementSettings';
import { MailSettingsForm } from './MailSettingsForm';
import { PlannerSettings } from './PlannerSettings';
import { RetroTimerSettings } from './RetroTimerSettings';
import { SettingsSection } from './SettingsSection';
import { SettingsToc } from './SettingsToc';
import { TeamSettings } from '../team/TeamSettings';
import { useSettingsForm } from './useSettingsForm';
import { WeeklyRetroSettings } from './WeeklyRetroSettings';
import { WeekSettings } from './WeekSettings';
import './settings.css';

/**
 * The playbook's numbers, as settings (the defaults are the playbook's), in sections with a
 * table of contents. The general settings save as you go; mail and team keep their own
 * forms, whose credentials are saved when the user says so.
 */
export function SettingsPage() {
  const form = useSettingsForm();
  return (
    <div className="page settings-page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Settings</h1>
          <p className="page__subtitle">
            The playbook’s numbers disagree in places, so they are yours to set. Changes save as you go.
          </p>
        </div>
      </header>
      <div className="settings-layout">
        <SettingsToc />
        <div className="settings-layout__sections">
          <SettingsSection id="settings-general">
            <GeneralSettings {...form} />
          </SettingsSection>
          <SettingsSection id="settings-engagements">
            <EngagementSettings {...form} />
            <WeekSettings {...form} />
            <PlannerSettings {...form} />
          </SettingsSection>
          <SettingsSection id="settings-retros">
            <WeeklyRetroSettings {...form} />
            <RetroTimerSettings {...form} />
          </SettingsSection>
          <SettingsSection id="settings-mail">
            <MailSettingsForm />
          </SettingsSection>
          <TeamSettings />
        </div>
      </div>
    </div>
  );
}
