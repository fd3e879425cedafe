import { z } from 'zod';
import { StartupProblemSchema, type StartupProblem } from '../../shared/ipc';
import { migrateSimpleFile } from '../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from './documents';
import type { WriteQueue } from './writeQueue';

const KEPT_PROBLEMS_VERSION = 1;
/** More would be a banner nobody reads; the newest are kept. */
const MAX_KEPT = 100;

const KeptProblemsFileSchema = z.object({
  schemaVersion: z.literal(KEPT_PROBLEMS_VERSION),
  problems: z.array(StartupProblemSchema).max(MAX_KEPT),
});
type KeptProblemsFile = z.infer<typeof KeptProblemsFileSchema>;

const sameProblem = (a: StartupProblem, b: StartupProblem) => a.file === b.file && a.message === b.message;

/**
 * Problems with a record of an engagement (one quarantined, one from a newer version) stay
 * in the banner until the user dismisses them or restores the record, not only at the start
 * that found them: the record is moved aside then, so the next start would say nothing.
 * Kept in problems.json at the top of the data folder, which a snapshot copies too.
 */
export class KeptProblems {
  readonly #file: StoreDocument<KeptProblemsFile>;

  /** Opens problems.json and merges it with this start's `problems` (see `open`). */
  static open(deps: StoreDocumentDeps & { queue: WriteQueue }, problems: StartupProblem[]): KeptProblems {
    const kept = new KeptProblems(deps);
    kept.open(problems);
    return kept;
  }

  constructor(deps: StoreDocumentDeps & { queue: WriteQueue }) {
    this.#file = new StoreDocument(deps, {
      name: 'problems',
      schema: KeptProblemsFileSchema,
      migrate: (d) => migrateSimpleFile(d, KEPT_PROBLEMS_VERSION),
      fallback: { schemaVersion: KEPT_PROBLEMS_VERSION, problems: [] },
      coalesce: { queue: deps.queue, key: 'problems' },
    });
  }

  /**
   * At start: the problems kept from earlier starts (about records still not restored) are
   * added to `problems`, and this start's record problems are kept for the next ones.
   */
  open(problems: StartupProblem[]): void {
    this.#file.open();
    const earlier = this.#file.doc.problems.filter((kept) => !problems.some((p) => sameProblem(p, kept)));
    problems.unshift(...earlier);
    this.#keep(problems.filter((p) => p.record !== undefined));
  }

  /** A record was restored: its problems are gone from `problems` and from the file. */
  restored(problems: StartupProblem[], engagementId: string, record: string): void {
    const left = problems.filter((p) => !(p.engagementId === engagementId && p.record === record));
    problems.splice(0, problems.length, ...left);
    this.#keep(left.filter((p) => p.record !== undefined));
  }

  /** The banner was dismissed. */
  dismissed(problems: StartupProblem[]): void {
    problems.splice(0, problems.length);
    this.#keep([]);
  }

  #keep(problems: StartupProblem[]): void {
    const next = problems.slice(-MAX_KEPT);
    if (JSON.stringify(next) === JSON.stringify(this.#file.doc.problems)) return;
    this.#file.write({ schemaVersion: KEPT_PROBLEMS_VERSION, problems: next });
  }
}
