import type { PrintDocument } from '../../../shared/print/printDocument';
import { AppError } from '../errors';

interface Job {
  document: PrintDocument;
  taken: boolean;
  settle: (error: string | null) => void;
}

const GONE = 'That print job is over: export the PDF again.';

/**
 * The documents waiting in a print view: one per export, known by a random id that only the
 * print view's address carries. The view takes its document once and says when it has laid
 * it out; the job is closed once printed, so nothing lingers in memory.
 */
export class PrintJobs {
  readonly #jobs = new Map<string, Job>();

  constructor(private readonly newId: () => string) {}

  /** A new job; `rendered` settles when its print view has laid it out (or failed to). */
  open(document: PrintDocument): { id: string; rendered: Promise<void> } {
    const id = this.newId();
    const rendered = new Promise<void>((resolve, reject) => {
      this.#jobs.set(id, {
        document,
        taken: false,
        settle: (error) => (error === null ? resolve() : reject(new Error(error))),
      });
    });
    // Unawaited when the print view fails to load first: the caller reports that instead.
    rendered.catch(() => undefined);
    return { id, rendered };
  }

  document(id: string): PrintDocument {
    const job = this.#jobs.get(id);
    if (!job || job.taken) throw new AppError('not-found', GONE);
    job.taken = true;
    return job.document;
  }

  rendered(id: string, error: string | null): void {
    const job = this.#jobs.get(id);
    if (!job?.taken) throw new AppError('not-found', GONE);
    job.settle(error);
  }

  close(id: string): void {
    this.#jobs.delete(id);
  }

  get size(): number {
    return this.#jobs.size;
  }
}
