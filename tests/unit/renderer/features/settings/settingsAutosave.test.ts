import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../shared/model/settings';
import { useAppStore } from '../../../../../renderer/store';
import {
  editSettings,
  settingsAutosave,
  settingsStatusText,
  undoSettingsChange,
} from '../../../../../renderer/features/settings/settingsAutosave';
import { installBridge, resetStoreAfterEach, settle } from '../../store/bridge';
import { openServices } from '../../../support/services';
import { useTempDir } from '../../../support/tempDir';

/** The Settings form over the real settings service (the bridge is the only stand-in). */
describe('Settings save as you go', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  async function world() {
    const harness = openServices(tempDir());
    installBridge(harness.services);
    useAppStore.getState().setSettings(await harness.call('settings:get', {}));
    return harness;
  }

  const edit = () => useAppStore.getState().settingsEdit;
  const lastToast = () => useAppStore.getState().toasts.at(-1);

  it('saves after a quiet time, not per keystroke, says so, and offers Undo', async () => {
    const { call } = await world();
    editSettings({ engagementWeeks: 1 });
    editSettings({ engagementWeeks: 12 });
    expect(settingsAutosave.hasPending()).toBe(true);
    expect(settingsStatusText(settingsAutosave.status, {})).toBe('Saving…');
    expect((await call('settings:get', {})).engagementWeeks).toBe(10);

    await settingsAutosave.flushAll();
    expect((await call('settings:get', {})).engagementWeeks).toBe(12);
    expect(useAppStore.getState().settings.engagementWeeks).toBe(12);
    expect(settingsStatusText(settingsAutosave.status, {})).toBe('All changes saved');
    expect(edit().draft).toBeNull();
    expect(lastToast()).toMatchObject({ message: 'Engagement length saved.', action: { label: 'Undo' } });

    lastToast()?.action?.run();
    await settle();
    await settingsAutosave.flushAll();
    expect((await call('settings:get', {})).engagementWeeks).toBe(10);
    expect(useAppStore.getState().settings.engagementWeeks).toBe(10);
    expect(lastToast()).toMatchObject({ message: 'Engagement length put back.' });
    expect(lastToast()?.action).toBeUndefined();
  });

  it('keeps an invalid value in the form with its error, saves none of it, and saves the rest', async () => {
    const { call } = await world();
    editSettings({ bufferWeeks: 4 });
    editSettings({ engagementWeeks: 0 });
    await settingsAutosave.flushAll();
    const saved = await call('settings:get', {});
    expect(saved.bufferWeeks).toBe(4);
    expect(saved.engagementWeeks).toBe(10);
    expect(edit().draft?.engagementWeeks).toBe(0);
    expect(edit().errors).toEqual({ engagementWeeks: 'Engagement length must be at least 1.' });
    expect(settingsStatusText(settingsAutosave.status, edit().errors)).toBe(
      'Not saved: Engagement length needs attention.',
    );

    // The value is put right: it goes, and the form shows the saved settings again.
    editSettings({ engagementWeeks: 8 });
    await settingsAutosave.flushAll();
    expect((await call('settings:get', {})).engagementWeeks).toBe(8);
    expect(edit()).toMatchObject({ draft: null, errors: {}, touched: [] });
  });

  it('a value made invalid before the quiet time ends is not sent (nor the valid one it replaced)', async () => {
    const { call } = await world();
    editSettings({ retroMinutes: 45 });
    editSettings({ retroMinutes: Number.NaN });
    await settingsAutosave.flushAll();
    expect((await call('settings:get', {})).retroMinutes).toBe(30);
    expect(edit().errors).toEqual({ retroMinutes: 'Retro length must be a number.' });
  });

  it('Undo takes back the last change only, typed over several pauses', async () => {
    const { call } = await world();
    editSettings({ theme: 'dark' });
    await settingsAutosave.flushAll();
    editSettings({ pairingTarget: 7 });
    await settingsAutosave.flushAll();
    editSettings({ pairingTarget: 75 });
    await settingsAutosave.flushAll();
    // One notice at a time: each save replaces the last one's.
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual(['Pairing target saved.']);
    await undoSettingsChange();
    const saved = await call('settings:get', {});
    expect(saved.pairingTarget).toBe(80);
    expect(saved.theme).toBe('dark');
  });

  it('does not write over a setting changed elsewhere since the form opened', async () => {
    const { call } = await world();
    editSettings({ engagementWeeks: 0 });
    // The mail dialog records the way the notes left, through main.
    const elsewhere = await call('settings:update', { ...DEFAULT_SETTINGS, mailMethod: 'eml' });
    useAppStore.getState().setSettings(elsewhere);
    editSettings({ theme: 'light' });
    await settingsAutosave.flushAll();
    expect(await call('settings:get', {})).toMatchObject({ mailMethod: 'eml', theme: 'light', engagementWeeks: 10 });
  });
});
