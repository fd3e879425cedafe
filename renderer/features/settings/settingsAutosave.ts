import { useSyncExternalStore } from 'react';
import type { Settings } from '../../../shared/model/settings';
import { ApiError } from '../../api';
import { useAppStore, type AppState } from '../../store';
import {
  invalidSettingsOf,
  labelsOf,
  nextChange,
  planSettingsSave,
  sameValue,
  type SettingKey,
  type SettingsChange,
} from '../../store/settingsEdits';
import { undoToast } from '../../store/writes';
import { Autosave, type SaveStatus } from '../notes/autosave';

/**
 * The Settings form saves as you go, as the notes do: after a short quiet time, one save at a
 * time, retried when the disk fails, flushed by the close handshake (main.tsx). Its own queue,
 * so its status speaks of the settings only.
 */
export const settingsAutosave = new Autosave();
const KEY = 'settings';

/** The form as it shows: what the user typed, or the saved settings. */
export function settingsDraftOf(state: AppState): Settings {
  return state.settingsEdit.draft ?? state.settings;
}

/** A change in the form: checked at once (errors beside the fields), saved after a quiet time when valid. */
export function editSettings(patch: Partial<Settings>): void {
  // The save plans again when it runs: a value made invalid meanwhile is not sent.
  if (applyEdit(patch)) settingsAutosave.schedule(KEY, () => saveSettingsNow(null));
}

/** Puts back what the last change changed, and saves that at once. */
export async function undoSettingsChange(): Promise<void> {
  const change = useAppStore.getState().settingsEdit.lastChange;
  if (!change) return;
  useAppStore.getState().setSettingsEdit({ lastChange: null });
  applyEdit(change.before);
  settingsAutosave.schedule(KEY, () => saveSettingsNow(change));
  await settingsAutosave.flushKey(KEY);
}

/** The form with `patch` applied and checked; true when part of it can be saved. */
function applyEdit(patch: Partial<Settings>): boolean {
  const state = useAppStore.getState();
  const draft = { ...settingsDraftOf(state), ...patch };
  const known = state.settingsEdit.touched;
  const touched = [...known, ...(Object.keys(patch) as SettingKey[]).filter((k) => !known.includes(k))];
  const plan = planSettingsSave(state.settings, draft, touched);
  state.setSettingsEdit({ draft, touched, errors: plan.errors });
  return plan.next !== null;
}

/**
 * One save: the form's valid changes, over what main has; `undone` when it is an Undo's.
 * Throws when main did not save them (the queue retries, or shows main's refusal).
 */
async function saveSettingsNow(undone: SettingsChange | null): Promise<void> {
  const state = useAppStore.getState();
  const before = state.settings;
  const plan = planSettingsSave(before, settingsDraftOf(state), state.settingsEdit.touched);
  if (!plan.next) return;
  let saved: Settings;
  try {
    saved = await state.updateSettings(plan.next);
  } catch (error) {
    // Main's own check disagreed (it has the last word): its reasons go beside the fields.
    if (error instanceof ApiError && error.code === 'invalid-payload') {
      const { errors } = useAppStore.getState().settingsEdit;
      useAppStore.getState().setSettingsEdit({ errors: { ...errors, ...error.fieldErrors } });
    }
    throw error;
  }
  const now = useAppStore.getState();
  const draft = settingsDraftOf(now);
  // What the user typed while this save ran stays to be saved next.
  const touched = now.settingsEdit.touched.filter((k) => !sameValue(draft[k], saved[k]));
  const settled = touched.length === 0 && Object.keys(now.settingsEdit.errors).length === 0;
  now.setSettingsEdit({ touched, draft: settled ? null : draft });
  if (undone) {
    showNotice(`${labelsOf(undone.keys)} put back.`, null);
    return;
  }
  const lastChange = nextChange(now.settingsEdit.lastChange, before, plan.keys);
  now.setSettingsEdit({ lastChange });
  showNotice(`${labelsOf(lastChange.keys)} saved.`, () => void undoSettingsChange());
}

/** The save's notice, in place of the last one: typing in a field does not pile notices up. */
function showNotice(message: string, undo: (() => void) | null): void {
  const state = useAppStore.getState();
  const previous = state.settingsEdit.toastId;
  if (previous !== null) state.dismissToast(previous);
  const toastId = state.pushToast(undo ? undoToast(message, undo) : { tone: 'info', message });
  state.setSettingsEdit({ toastId });
}

export function useSettingsSaveStatus(): SaveStatus {
  return useSyncExternalStore(settingsAutosave.subscribe, () => settingsAutosave.status);
}

/**
 * What the Settings page says of its saving: the settings that cannot be saved first (by
 * name: "Not saved: Engagement length needs attention."), then the queue's state.
 */
export function settingsStatusText(status: SaveStatus, errors: Readonly<Record<string, string>>): string {
  const invalid = invalidSettingsOf(errors);
  if (invalid.length > 0)
    return `Not saved: ${labelsOf(invalid)} ${invalid.length === 1 ? 'needs' : 'need'} attention.`;
  // Main refused the settings as a whole (no field to point at).
  if (errors['_'] !== undefined) return `Not saved: ${errors['_']}`;
  switch (status) {
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved yet — retrying: ${settingsAutosave.lastError ?? 'the settings could not be written.'}`;
    case 'refused':
      return `Not saved: ${settingsAutosave.refusal ?? 'the settings were refused.'}`;
    case 'saved':
      return 'All changes saved';
  }
}
