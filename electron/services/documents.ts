import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StartupProblem } from '../../shared/ipc';
import type { MigrationOutcome } from '../../shared/model/migrations';
import { isMailFile, quarantineFile, relativeToData } from './dataFolder';
import { makePrivateDir, PRIVATE_FILE_MODE } from './privateFiles';
import type { JsonStore, StoreFactory } from './storeFiles';
import type { WriteQueue } from './writeQueue';

export type OpenResult<T> =
  /** `problem`: it opened, but something about it must be said (a migration that could not be saved). */
  | { kind: 'ok'; store: JsonStore; doc: T; migratedFrom: number | null; problem?: StartupProblem }
  | { kind: 'missing'; store: JsonStore }
  | { kind: 'unreadable'; problem: StartupProblem };

export interface OpenOptions<S extends z.ZodType> {
  dataDir: string;
  factory: StoreFactory;
  dir: string;
  name: string;
  schema: S;
  migrate: (data: unknown) => MigrationOutcome;
  now: () => Date;
}

/**
 * Copies the file to `<base>.json` beside it, or `<base>-2.json`… when an earlier migration's
 * backup is there already: a backup is never overwritten.
 */
function keepBackup(filePath: string, dir: string, base: string): void {
  for (let n = 1; ; n++) {
    const backup = path.join(dir, `${base}${n > 1 ? `-${n}` : ''}.json`);
    if (fs.existsSync(backup)) continue;
    fs.copyFileSync(filePath, backup, fs.constants.COPYFILE_EXCL);
    // A copy keeps its source's mode: a file from an earlier version may be 0644.
    if (process.platform !== 'win32') fs.chmodSync(backup, PRIVATE_FILE_MODE);
    return;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && 'issues' in error && Array.isArray(error.issues)) {
    const first = (error.issues as { path: PropertyKey[]; message: string }[])[0];
    if (first) return `${first.path.map(String).join('.') || 'document'}: ${first.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

type Unreadable = { kind: 'unreadable'; problem: StartupProblem };

/** A file left where it is, unread or unusable, and reported. */
function skipped(shown: string, what: string): Unreadable {
  return {
    kind: 'unreadable',
    problem: { kind: 'quarantined', file: shown, movedTo: null, message: `${shown} ${what}.` },
  };
}

/** A file that does not parse or validate: moved to quarantine/ byte for byte (mail files lose the password). */
function quarantined(dataDir: string, filePath: string, now: Date, why: string): Unreadable {
  const shown = relativeToData(dataDir, filePath);
  const scrubbed = isMailFile(dataDir, filePath);
  let movedTo: string;
  try {
    movedTo = quarantineFile(dataDir, filePath, now);
  } catch (error) {
    // quarantine/ is a file, or the disk refuses: the bad file stays where it is, unread.
    return skipped(
      shown,
      `could not be read (${why}) and could not be moved aside (${describe(error)}); it was left in place`,
    );
  }
  const kept = scrubbed
    ? 'nothing in it was changed or deleted but the stored SMTP password, which was deleted'
    : 'nothing in it was changed or deleted';
  const moved = relativeToData(dataDir, movedTo);
  return {
    kind: 'unreadable',
    problem: {
      kind: 'quarantined',
      file: shown,
      movedTo: moved,
      message: `${shown} could not be read (${why}). It was moved to ${moved}; ${kept}.`,
    },
  };
}

/**
 * Saves a migrated document after keeping a backup of the old file. When either cannot be
 * done, the upgrade is used in memory and the old file stays as it was: the problem says so.
 */
function saveMigrated(
  store: JsonStore,
  doc: unknown,
  from: number,
  filePath: string,
  shown: string,
): StartupProblem | null {
  try {
    keepBackup(filePath, path.dirname(filePath), `${path.basename(filePath, '.json')}.v${from}.bak`);
    store.write(doc as Record<string, unknown>);
    return null;
  } catch (error) {
    return {
      kind: 'quarantined',
      file: shown,
      movedTo: null,
      message: `${shown} was upgraded from format ${from} in memory, but the upgrade could not be saved with a backup of the old file (${describe(error)}), so the file was left as it was. Free some space or fix the folder's permissions; Aux Desk tries again at the next start.`,
    };
  }
}

/** The file's lstat, null when it does not exist. */
function statOf(filePath: string): fs.Stats | null {
  try {
    return fs.lstatSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Opens one JSON document: parse, migrate forward, validate. A file that fails to parse
 * or validate is moved to quarantine/ and reported; a file from a newer version of the
 * app is left exactly where it is and reported. Migrated documents are written back
 * after a copy of the original is kept beside it (`<name>.v<N>.bak.json`). Only regular
 * files are read: a named pipe would block the read (and start-up) forever.
 */
export function openDocument<S extends z.ZodType>(options: OpenOptions<S>): OpenResult<z.output<S>> {
  const read = readDocument(options);
  if (read.kind !== 'ok' || read.migratedFrom === null) return read;
  const filePath = path.join(options.dir, `${options.name}.json`);
  const shown = relativeToData(options.dataDir, filePath);
  const problem = saveMigrated(read.store, read.doc, read.migratedFrom, filePath, shown);
  return problem ? { ...read, problem } : read;
}

/**
 * As openDocument, without writing anything back: a migrated document is returned as it
 * is in memory (`migratedFrom` says from which format), for a caller that saves it its
 * own way (an engagement file becomes a folder). An unreadable file is still quarantined.
 */
export function readDocument<S extends z.ZodType>(options: OpenOptions<S>): OpenResult<z.output<S>> {
  const { dataDir, factory, dir, name, schema, migrate, now } = options;
  const filePath = path.join(dir, `${name}.json`);
  const shown = relativeToData(dataDir, filePath);
  const quarantine = (why: string) => quarantined(dataDir, filePath, now(), why);

  let stat: fs.Stats | null;
  try {
    stat = statOf(filePath);
  } catch (error) {
    return skipped(shown, `could not be read (${describe(error)})`);
  }
  if (stat === null) {
    makePrivateDir(dir);
    return { kind: 'missing', store: factory(dir, name) };
  }
  if (!stat.isFile())
    return skipped(shown, 'is not a regular file (a link, a pipe or a folder); it was left in place, unread');

  let store: JsonStore;
  let outcome: MigrationOutcome;
  try {
    store = factory(dir, name);
    const raw = store.read();
    try {
      outcome = migrate(raw);
    } catch (error) {
      return quarantine(describe(error));
    }
  } catch (error) {
    return quarantine(error instanceof SyntaxError ? 'not valid JSON' : describe(error));
  }
  switch (outcome.kind) {
    case 'unversioned':
      return quarantine('no schemaVersion');
    case 'newer':
      return {
        kind: 'unreadable',
        problem: {
          kind: 'newer-version',
          file: shown,
          movedTo: null,
          message: `${shown} was written by a newer version of Aux Desk (format ${outcome.version}). It was left untouched; update Aux Desk to open it.`,
        },
      };
    case 'current':
    case 'migrated': {
      const parsed = schema.safeParse(outcome.data);
      if (!parsed.success) return quarantine(describe(parsed.error));
      const migratedFrom = outcome.kind === 'migrated' ? outcome.from : null;
      return { kind: 'ok', store, doc: parsed.data, migratedFrom };
    }
  }
}

/** What a StoreDocument needs from its service. */
export interface StoreDocumentDeps {
  dataDir: string;
  factory: StoreFactory;
  now: () => Date;
  report: (problem: StartupProblem) => void;
}

export interface StoreDocumentOptions<T> {
  /** The file is `<dataDir>/<name>.json`. */
  name: string;
  schema: z.ZodType<T>;
  migrate: (data: unknown) => MigrationOutcome;
  /** The document while its file is missing, after the file was quarantined, or when it is from a newer version. */
  fallback: T;
  /** Coalesces writes on `queue` under `key`; without it every write goes to the file at once. */
  coalesce?: { queue: WriteQueue; key: string };
}

/**
 * One JSON document at the top of the data folder, as a service holds it: `open()` reads
 * it through openDocument and reports any problem (an unreadable file is quarantined, and
 * the fallback used in its place; a file from a newer version is left untouched and never
 * written). `write()` makes a new document current and saves it, creating the store on
 * the first write, so merely opening never creates a file.
 */
export class StoreDocument<T extends Record<string, unknown>> {
  readonly #deps: StoreDocumentDeps;
  readonly #options: StoreDocumentOptions<T>;
  #doc: T;
  #store: JsonStore | null = null;
  #writable = true;

  constructor(deps: StoreDocumentDeps, options: StoreDocumentOptions<T>) {
    this.#deps = deps;
    this.#options = options;
    this.#doc = options.fallback;
  }

  /** The current document. Never edit it in place: build the next one and `write` it. */
  get doc(): T {
    return this.#doc;
  }

  /** False when the file comes from a newer version of Aux Desk: it is never overwritten. */
  get writable(): boolean {
    return this.#writable;
  }

  /** Reads the file; true when the document came from it (false: missing, quarantined or newer). */
  open(): boolean {
    const { dataDir, factory, now, report } = this.#deps;
    const { name, schema, migrate } = this.#options;
    const opened = openDocument({ dataDir, factory, dir: dataDir, name, schema, migrate, now });
    if (opened.kind === 'unreadable') {
      report(opened.problem);
      this.#writable = opened.problem.kind !== 'newer-version';
      return false;
    }
    this.#store = opened.store;
    if (opened.kind === 'missing') return false;
    if (opened.problem) report(opened.problem);
    this.#doc = opened.doc;
    return true;
  }

  /**
   * Makes `next` (held as it is, not copied) the current document and saves it: at once,
   * or coalesced on the queue, which writes whatever is current when it runs. When not
   * writable `next` is only held in memory, for this session.
   */
  write(next: T): void {
    this.#doc = next;
    if (!this.#writable) return;
    const { coalesce } = this.#options;
    if (coalesce) coalesce.queue.schedule(coalesce.key, () => this.#save());
    else this.#save();
  }

  /**
   * Makes `next` current and writes it now, resolving once it is on disk: for what must
   * not be acknowledged before it is saved (a queued mail). Rejects when it could not be
   * saved (the writer still keeps it and retries, unless a newer document replaces it).
   */
  async save(next: T): Promise<void> {
    this.#doc = next;
    if (!this.#writable) throw new Error(`${this.#options.name}.json is from a newer version of Aux Desk.`);
    this.#store ??= this.#deps.factory(this.#deps.dataDir, this.#options.name);
    if (this.#store.save) await this.#store.save(this.#doc);
    else this.#store.write(this.#doc);
  }

  #save(): void {
    this.#store ??= this.#deps.factory(this.#deps.dataDir, this.#options.name);
    this.#store.write(this.#doc);
  }
}
