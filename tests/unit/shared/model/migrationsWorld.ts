import type { MigrationOutcome } from '../../../../shared/model/migrations';

/** Shared by the migrations.*.test.ts files. */
export function migratedData(outcome: MigrationOutcome): unknown {
  if (outcome.kind !== 'migrated') throw new Error(`Expected a migration, got ${outcome.kind}`);
  return outcome.data;
}
