import type { Session } from 'electron';
import type { SettingsService } from './services/settings';

export type SpellcheckSession = Pick<Session, 'setSpellCheckerEnabled'>;

/**
 * Chromium's spell checker follows the "Check spelling" setting, which is off by default:
 * on Windows and Linux it downloads its dictionaries from Google's servers. Applied before
 * the first window loads, and again on every change, while windows stay open.
 */
export function followSpellcheckSetting(session: SpellcheckSession, settings: SettingsService): () => void {
  session.setSpellCheckerEnabled(settings.get().spellcheck);
  return settings.onChange((next) => session.setSpellCheckerEnabled(next.spellcheck));
}
