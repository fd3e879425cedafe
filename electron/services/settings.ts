import type { StartupProblem } from '../../shared/ipc';
import { SETTINGS_FILE_VERSION, SettingsFileSchema, type SettingsFile } from '../../shared/model/files';
import { migrateSettingsFile } from '../../shared/model/migrations';
import { DEFAULT_SETTINGS, type Settings, type WindowState } from '../../shared/model/settings';
import { layout } from './dataFolder';
import { openDocument } from './documents';
import { AppError } from './errors';
import type { JsonStore, StoreFactory } from './storeFiles';
import type { WriteQueue } from './writeQueue';

export interface SettingsDeps {
  dataDir: string;
  factory: StoreFactory;
  queue: WriteQueue;
  now: () => Date;
  report: (problem: StartupProblem) => void;
}

/** App settings and the remembered window bounds, in settings.json. */
export class SettingsService {
  readonly #deps: SettingsDeps;
  #doc: SettingsFile = { schemaVersion: SETTINGS_FILE_VERSION, settings: DEFAULT_SETTINGS, window: null };
  #store: JsonStore | null = null;
  /** False when settings.json comes from a newer version: that file is never overwritten. */
  #writable = true;

  constructor(deps: SettingsDeps) {
    this.#deps = deps;
  }

  load(): void {
    const { dataDir, factory, now, report } = this.#deps;
    const opened = openDocument({
      dataDir,
      factory,
      dir: dataDir,
      name: layout(dataDir).settingsName,
      schema: SettingsFileSchema,
      migrate: migrateSettingsFile,
      now,
    });
    if (opened.kind === 'ok') {
      this.#store = opened.store;
      this.#doc = opened.doc;
    } else if (opened.kind === 'missing') {
      this.#store = opened.store;
    } else {
      report(opened.problem);
      this.#writable = opened.problem.kind !== 'newer-version';
    }
  }

  get(): Settings {
    return { ...this.#doc.settings };
  }

  update(settings: Settings): Settings {
    if (!this.#writable) {
      throw new AppError('storage', 'Settings were written by a newer version of Aux Desk; update Aux Desk to change them.');
    }
    this.#doc = { ...this.#doc, settings };
    this.#schedule();
    return this.get();
  }

  windowState(): WindowState | null {
    return this.#doc.window ? { ...this.#doc.window } : null;
  }

  setWindowState(state: WindowState): void {
    this.#doc = { ...this.#doc, window: state };
    this.#schedule();
  }

  #schedule(): void {
    if (!this.#writable) return;
    this.#deps.queue.schedule('settings', () => {
      this.#store ??= this.#deps.factory(this.#deps.dataDir, layout(this.#deps.dataDir).settingsName);
      this.#store.write(this.#doc);
    });
  }
}
