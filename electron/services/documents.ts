import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StartupProblem } from '../../shared/ipc';
import type { MigrationOutcome } from '../../shared/model/migrations';
import { quarantineFile, relativeToData } from './dataFolder';
import type { JsonStore, StoreFactory } from './storeFiles';

export type OpenResult<T> =
  | { kind: 'ok'; store: JsonStore; doc: T; migratedFrom: number | null }
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

function describe(error: unknown): string {
  if (error instanceof Error && 'issues' in error && Array.isArray(error.issues)) {
    const first = (error.issues as { path: PropertyKey[]; message: string }[])[0];
    if (first) return `${first.path.map(String).join('.') || 'document'}: ${first.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens one JSON document: parse, migrate forward, validate. A file that fails to parse
 * or validate is moved to quarantine/ and reported; a file from a newer version of the
 * app is left exactly where it is and reported. Migrated documents are written back
 * after a copy of the original is kept beside it (`<name>.v<N>.bak.json`).
 */
export function openDocument<S extends z.ZodType>(options: OpenOptions<S>): OpenResult<z.output<S>> {
  const { dataDir, factory, dir, name, schema, migrate, now } = options;
  const filePath = path.join(dir, `${name}.json`);
  const shown = relativeToData(dataDir, filePath);
  const quarantine = (why: string): OpenResult<z.output<S>> => {
    const movedTo = quarantineFile(dataDir, filePath, now());
    return {
      kind: 'unreadable',
      problem: {
        kind: 'quarantined',
        file: shown,
        movedTo: relativeToData(dataDir, movedTo),
        message: `${shown} could not be read (${why}). It was moved to ${relativeToData(dataDir, movedTo)}; nothing in it was changed or deleted.`,
      },
    };
  };

  if (!fs.existsSync(filePath)) {
    fs.mkdirSync(dir, { recursive: true });
    return { kind: 'missing', store: factory(dir, name) };
  }

  let store: JsonStore;
  let raw: unknown;
  try {
    store = factory(dir, name);
    raw = store.read();
  } catch (error) {
    return quarantine(error instanceof SyntaxError ? 'not valid JSON' : describe(error));
  }

  let outcome: MigrationOutcome;
  try {
    outcome = migrate(raw);
  } catch (error) {
    return quarantine(describe(error));
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
      if (outcome.kind === 'migrated') {
        fs.copyFileSync(filePath, path.join(dir, `${name}.v${outcome.from}.bak.json`));
        store.write(parsed.data as Record<string, unknown>);
      }
      return {
        kind: 'ok',
        store,
        doc: parsed.data,
        migratedFrom: outcome.kind === 'migrated' ? outcome.from : null,
      };
    }
  }
}
