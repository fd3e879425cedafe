/**
 * The seam over electron-store. Production code gets stores from electron-store (which is
 * `conf` plus Electron's paths); tests and the Chromium e2e host get the same `conf`
 * class directly, because electron-store imports `electron`, which plain Node cannot load.
 * Either way every store lives at an absolute `cwd` inside the data folder.
 */
export interface JsonStore {
  /** Absolute path of the JSON file. */
  readonly path: string;
  /** Parses the file (throws SyntaxError when it is not JSON). */
  read(): Record<string, unknown>;
  /** Rewrites the whole file atomically (write to temp, fsync, rename). */
  write(doc: Record<string, unknown>): void;
}

export type StoreFactory = (cwd: string, name: string) => JsonStore;

/** Never `clearInvalidConfig`: conf would write the cleared store back over the user's data. */
export const STORE_OPTIONS = {
  clearInvalidConfig: false,
  watch: false,
  accessPropertiesByDotNotation: false,
} as const;

interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

export function wrapConf(store: ConfLike): JsonStore {
  return {
    path: store.path,
    read: () => store.store,
    write: (doc) => {
      store.store = doc;
    },
  };
}
