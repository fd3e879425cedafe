import { SETTINGS_FILE_VERSION, SettingsFileSchema, type SettingsFile } from '../../shared/model/files';
import { migrateSettingsFile } from '../../shared/model/migrations';
import { DEFAULT_SETTINGS, type Settings, type WindowState } from '../../shared/model/settings';
import { layout } from './dataFolder';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import { AppError } from './errors';
import type { HandlersFor } from './router';
import type { WriteQueue } from './writeQueue';

export interface SettingsDeps extends StoreDocumentDeps {
  queue: WriteQueue;
}

/** App settings and the remembered window bounds, in settings.json. */
export class SettingsService {
  readonly #file: StoreDocument<SettingsFile>;
  readonly #listeners = new Set<(settings: Settings) => void>();

  constructor(deps: SettingsDeps) {
    this.#file = new StoreDocument(deps, {
      name: layout(deps.dataDir).settingsName,
      schema: SettingsFileSchema,
      migrate: migrateSettingsFile,
      fallback: { schemaVersion: SETTINGS_FILE_VERSION, settings: DEFAULT_SETTINGS, window: null },
      coalesce: { queue: deps.queue, key: 'settings' },
    });
  }

  load(): void {
    this.#file.open();
  }

  get(): Settings {
    return { ...this.#file.doc.settings };
  }

  update(settings: Settings): Settings {
    if (!this.#file.writable) {
      throw new AppError(
        'storage',
        'Settings were written by a newer version of Aux Desk; update Aux Desk to change them.',
      );
    }
    this.#file.write({ ...this.#file.doc, settings });
    for (const listener of this.#listeners) listener(this.get());
    return this.get();
  }

  /** Called with the new settings after each update (main.ts turns the spell checker on and off). */
  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  windowState(): WindowState | null {
    const { window } = this.#file.doc;
    return window ? { ...window } : null;
  }

  /** Kept in memory (not saved) when settings.json comes from a newer version. */
  setWindowState(state: WindowState): void {
    this.#file.write({ ...this.#file.doc, window: state });
  }
}

/** The settings:* channels; `changed` runs after every saved update (notifications re-check). */
export function settingsHandlers(settings: SettingsService, changed: () => void): HandlersFor<'settings'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (next) => {
      const saved = settings.update(next);
      changed();
      return saved;
    },
  };
}
