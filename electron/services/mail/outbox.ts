import {
  MAX_OUTBOX_MESSAGES,
  OUTBOX_FILE_VERSION,
  OutboxFileSchema,
  OutboxItemSchema,
  type OutboxFile,
  type OutboxItem,
  type OutboxItemView,
} from '../../../shared/model/mail';
import { migrateSimpleFile } from '../../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from '../documents';
import { AppError } from '../errors';
import { defaultRetryDelayMs, describeError, viewOf } from './outboxItems';

/**
 * What sends a queued message; throws nodemailer's errors (with `permanent` on SMTP rejections).
 * Resolves with a note for the user when the server took the message but refused some
 * recipients (null when all were accepted): retrying would send the others a second copy.
 */
export interface Transport {
  send(item: OutboxItem): Promise<string | null>;
}

/** Null while no SMTP server is set up (or its password cannot be read). */
export type TransportProvider = () => Promise<Transport | null>;

export interface OutboxDeps extends StoreDocumentDeps {
  transport: TransportProvider;
  onChange: (item: OutboxItem) => void;
  log: (message: string, error: unknown) => void;
  retryDelayMs?: (attempt: number) => number;
  maxAttempts?: number;
}

/**
 * The outbox: messages queued for SMTP, persisted in outbox.json, sent one at a time,
 * retried with backoff while the network or server is down, failed for good when the
 * server rejects them (5xx). A message is marked sent only after the server accepted it;
 * every attempt sends the same bytes, so the Message-ID stays the same.
 */
export class Outbox {
  readonly #deps: OutboxDeps;
  /** outbox.json, written at once, not coalesced: "sent" must be on disk before anything else happens. */
  readonly #file: StoreDocument<OutboxFile>;
  #items: OutboxItem[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> | null = null;
  #again: Promise<void> | null = null;
  #stopped = false;
  /** Queued messages whose outbox.json write is not confirmed yet: never sent before it is. */
  readonly #unconfirmed = new Set<string>();

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
    this.#file = new StoreDocument(deps, {
      name: 'outbox',
      schema: OutboxFileSchema,
      migrate: (d) => migrateSimpleFile(d, OUTBOX_FILE_VERSION),
      fallback: { schemaVersion: OUTBOX_FILE_VERSION, messages: [] },
    });
  }

  load(): void {
    this.#file.open();
    // A send interrupted by a quit or crash is tried again (same bytes, same Message-ID).
    this.#items = this.#file.doc.messages.map((m) => (m.state === 'sending' ? { ...m, state: 'queued' } : m));
  }

  list(): OutboxItemView[] {
    return [...this.#items].reverse().map(viewOf);
  }

  /**
   * Queues a message and resolves once it is in outbox.json on disk. When the outbox cannot
   * be written (full or read-only disk) the message is not queued and the caller gets an
   * AppError saying so: the user still has the notes and knows to send again. Acknowledging
   * it instead and retrying in the background would lose it for good if the app quit before
   * the disk recovered — a mail the user believes is on its way that never leaves.
   */
  async enqueue(
    item: Omit<OutboxItem, 'state' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>,
  ): Promise<OutboxItemView> {
    if (!this.#file.writable)
      throw new AppError(
        'storage',
        'The outbox was written by a newer version of Aux Desk; update Aux Desk to send mail.',
      );
    const queued: OutboxItem = {
      ...item,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      sentAt: null,
    };
    // What outbox.json would not load is never queued: the whole outbox would be quarantined.
    const valid = OutboxItemSchema.safeParse(queued);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      const why =
        issue?.path[0] === 'raw'
          ? issue.message
          : `${issue?.path.join('.') ?? 'message'}: ${issue?.message ?? 'invalid'}`;
      throw new AppError(
        'invalid-payload',
        `This message cannot be queued: ${why}. Shorten the notes, or send them from your mail app.`,
      );
    }
    this.#items = [...this.#roomForOne(), queued];
    this.#unconfirmed.add(queued.id);
    try {
      await this.#file.save(this.#fileDoc());
    } catch (error) {
      this.#deps.log('Saving the outbox failed; the message was not queued', error);
      this.#items = this.#items.filter((m) => m.id !== queued.id);
      // Written without it: the writer must not retry a message the user was told is not queued.
      this.#persist();
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'storage',
        `The message was not queued and not sent: the outbox could not be saved (${reason}). Your notes are unchanged; send again once the disk has room, or open them as a draft.`,
      );
    } finally {
      this.#unconfirmed.delete(queued.id);
    }
    this.#deps.onChange(queued);
    // Sent from the next turn of the event loop: the caller first records the message on
    // its retro (the mail log), once this resolves, and sending updates that record.
    setImmediate(() => void this.kick());
    return viewOf(queued);
  }

  /**
   * The messages, with the oldest ones done with (sent or cancelled) dropped while the
   * outbox is at its file's cap (their retros' mail logs keep the record). Refuses when
   * every message is still waiting or failed: the user retries or cancels some first.
   */
  #roomForOne(): OutboxItem[] {
    let excess = this.#items.length - MAX_OUTBOX_MESSAGES + 1;
    if (excess <= 0) return this.#items;
    const kept = this.#items.filter((m) => {
      if (excess > 0 && (m.state === 'sent' || m.state === 'cancelled')) {
        excess--;
        return false;
      }
      return true;
    });
    if (excess > 0) {
      throw new AppError(
        'invalid-payload',
        `The outbox is full: ${MAX_OUTBOX_MESSAGES.toLocaleString('en')} messages are waiting or failed. Retry or cancel some, then send again.`,
      );
    }
    return kept;
  }

  /** Changes the list as a whole (outboxClear.ts clears and restores sent messages) and saves it. */
  rewrite(change: (items: readonly OutboxItem[]) => OutboxItem[]): void {
    this.#items = change(this.#items);
    this.#persist();
  }

  retryNow(id: string): OutboxItemView {
    const item = this.#find(id);
    if (item.state === 'sent' || item.state === 'sending') return viewOf(item);
    this.#update(id, { state: 'queued', nextAttemptAt: null });
    void this.kick();
    return viewOf(this.#find(id));
  }

  cancel(id: string): OutboxItemView {
    const item = this.#find(id);
    if (item.state === 'sent') throw new AppError('forbidden', 'That message was already sent.');
    if (item.state === 'sending') throw new AppError('forbidden', 'That message is being sent right now.');
    this.#update(id, { state: 'cancelled', nextAttemptAt: null });
    return viewOf(this.#find(id));
  }

  /** Sends whatever is due now, one message at a time; resolves when that round is done. */
  kick(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running) {
      // The round under way may already have looked for due messages (and missed one just
      // queued): run one more round after it.
      const next = () => {
        this.#again = null;
        return this.kick();
      };
      this.#again ??= this.#running.then(next, next);
      return this.#again;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = null;
      this.#arm();
    });
    return this.#running;
  }

  /** Waits for the send in flight (if any) and stops the timers. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  async #drain(): Promise<void> {
    for (;;) {
      const now = this.#deps.now().getTime();
      const due = this.#items.find(
        (m) =>
          m.state === 'queued' &&
          !this.#unconfirmed.has(m.id) &&
          (m.nextAttemptAt === null || new Date(m.nextAttemptAt).getTime() <= now),
      );
      if (!due || this.#stopped) return;
      const transport = await this.#deps.transport();
      if (!transport) {
        // Nothing to send with: wait until SMTP is set up (saving the settings kicks the outbox).
        for (const m of this.#items.filter((x) => x.state === 'queued' && x.lastError === null)) {
          this.#update(m.id, { lastError: 'Waiting: no SMTP server is set up.' });
        }
        return;
      }
      this.#update(due.id, { state: 'sending', attempts: due.attempts + 1 });
      try {
        const refused = await transport.send(this.#find(due.id));
        this.#update(due.id, {
          state: 'sent',
          sentAt: this.#deps.now().toISOString(),
          lastError: refused,
          nextAttemptAt: null,
        });
      } catch (error) {
        const { permanent, reason } = describeError(error);
        const attempts = this.#find(due.id).attempts;
        const gaveUp = attempts >= (this.#deps.maxAttempts ?? 50);
        if (permanent || gaveUp) {
          this.#update(due.id, {
            state: 'failed',
            lastError: gaveUp && !permanent ? `Gave up after ${attempts} attempts: ${reason}` : reason,
            nextAttemptAt: null,
          });
        } else {
          const delay = (this.#deps.retryDelayMs ?? defaultRetryDelayMs)(attempts);
          this.#update(due.id, {
            state: 'queued',
            lastError: reason,
            nextAttemptAt: new Date(this.#deps.now().getTime() + delay).toISOString(),
          });
        }
      }
    }
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#stopped) return;
    const next = this.#items
      .filter((m) => m.state === 'queued' && m.nextAttemptAt !== null)
      .map((m) => new Date(m.nextAttemptAt ?? 0).getTime())
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    const wait = Math.max(0, next - this.#deps.now().getTime());
    this.#timer = setTimeout(() => void this.kick(), wait);
    this.#timer.unref();
  }

  #find(id: string): OutboxItem {
    const item = this.#items.find((m) => m.id === id);
    if (!item) throw new AppError('not-found', 'That message is no longer in the outbox.');
    return item;
  }

  #update(id: string, patch: Partial<OutboxItem>): void {
    this.#items = this.#items.map((m) => (m.id === id ? { ...m, ...patch } : m));
    this.#persist();
    this.#deps.onChange(this.#find(id));
  }

  #fileDoc(): OutboxFile {
    return { schemaVersion: OUTBOX_FILE_VERSION, messages: this.#items };
  }

  /**
   * A state change (sending, sent, failed, cancelled). The writer reports a failure to the
   * user and retries until it is saved; a conf store (tests) throws, and is only logged.
   */
  #persist(): void {
    try {
      this.#file.write(this.#fileDoc());
    } catch (error) {
      this.#deps.log('Saving the outbox failed', error);
    }
  }
}
