import { describe, expect, it } from 'vitest';
import { followSpellcheckSetting } from '../../../electron/spellcheck';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { openServices } from '../support/services';
import { useTempDir } from '../support/tempDir';

/** Electron's session, recorded: the spell checker switched on and off. */
function recordingSession() {
  const calls: boolean[] = [];
  return { calls, setSpellCheckerEnabled: (enable: boolean) => void calls.push(enable) };
}

describe('the spell checker follows the “Check spelling” setting', () => {
  const tempDir = useTempDir();

  it('is off by default (no dictionary download), before any window loads', () => {
    const { services } = openServices(tempDir());
    const session = recordingSession();
    followSpellcheckSetting(session, services.settings);
    expect(DEFAULT_SETTINGS.spellcheck).toBe(false);
    expect(session.calls).toEqual([false]);
  });

  it('turns on and off as the setting is saved, while the window stays open, and reads it back after a restart', async () => {
    const first = openServices(tempDir());
    const session = recordingSession();
    const stop = followSpellcheckSetting(session, first.services.settings);
    await first.call('settings:update', { ...DEFAULT_SETTINGS, spellcheck: true });
    await first.call('settings:update', { ...DEFAULT_SETTINGS, spellcheck: false });
    await first.call('settings:update', { ...DEFAULT_SETTINGS, spellcheck: true });
    expect(session.calls).toEqual([false, true, false, true]);
    stop();
    await first.call('settings:update', { ...DEFAULT_SETTINGS, spellcheck: false });
    expect(session.calls).toHaveLength(4);
    await first.call('settings:update', { ...DEFAULT_SETTINGS, spellcheck: true });
    first.services.flush();

    const again = recordingSession();
    followSpellcheckSetting(again, openServices(tempDir()).services.settings);
    expect(again.calls).toEqual([true]);
  });
});
