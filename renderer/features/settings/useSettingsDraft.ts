import { useState, type SyntheticEvent } from 'react';
import { fieldErrorsOf } from '../../../shared/ipc';
import { SettingsSchema, type Settings } from '../../../shared/model/settings';
import { useAppStore } from '../../store';

/** The settings being edited: a draft of the saved ones, checked on save, with main's refusals per field. */
export function useSettingsDraft() {
  const saved = useAppStore((s) => s.settings);
  const saveSettings = useAppStore((s) => s.saveSettings);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState<Settings>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setSaving(true);
    const result = await saveSettings(parsed.data);
    setSaving(false);
    if (result.ok) {
      setDraft(result.value);
      setErrors({});
      pushToast({ tone: 'info', message: 'Settings saved.' });
    } else if (result.errors['_'] !== undefined) {
      pushToast({ tone: 'error', message: `Settings not saved: ${result.errors['_']}` });
    } else {
      setErrors(result.errors);
    }
  };
  const discard = () => {
    setDraft(saved);
    setErrors({});
  };

  return { draft, errors, saving, dirty, set, onSubmit, discard };
}

/** What each settings section gets: the draft, its errors, and a way to change it. */
export interface SettingsSectionProps {
  draft: Settings;
  errors: Record<string, string>;
  set: (patch: Partial<Settings>) => void;
}
