import { useSyncExternalStore } from 'react';
import { ApiError } from '../../api';

/** Quiet time before a save, and the longest a burst of typing waits (bounds loss on a crash). */
export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 500;
const RETRY_MS = 2000;

/** 'refused': main refused the note itself (too long…): retrying the same note cannot help. */
export type SaveStatus = 'saved' | 'saving' | 'error' | 'refused';

interface Slot {
  timer: ReturnType<typeof setTimeout> | null;
  firstAt: number;
  /** The latest save asked for and not yet started; it serializes when it runs. */
  pending: (() => Promise<void>) | null;
  /** Saves for one key run one after another, never out of order. */
  chain: Promise<void>;
  running: number;
  failed: boolean;
  /** Why main refused the last save of this key; null once a save succeeds. */
  refused: string | null;
}

/** Main's reason when it refused the payload itself (the field's message, e.g. the note's size). */
function refusalOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid-payload') return null;
  return Object.values(error.fieldErrors)[0] ?? error.message;
}

/**
 * Autosave for editors: each key (one note section) is saved on a debounce, never on
 * every keystroke, one save at a time per key. `flushAll()` saves everything pending
 * at once — the close handshake and page hide call it, so no keystroke is lost on a
 * clean quit.
 */
export class Autosave {
  readonly #slots = new Map<string, Slot>();
  readonly #listeners = new Set<() => void>();
  #status: SaveStatus = 'saved';
  #refusal: string | null = null;
  lastError: string | null = null;

  schedule(key: string, save: () => Promise<void>): void {
    const slot = this.#slot(key);
    const now = Date.now();
    if (slot.pending === null) slot.firstAt = now;
    slot.pending = save;
    if (slot.timer) clearTimeout(slot.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, slot.firstAt + MAX_WAIT_MS - now));
    slot.timer = setTimeout(() => void this.flushKey(key), wait);
    this.#update();
  }

  /** Starts the pending save of `key` now and resolves once every save of that key is done. */
  flushKey(key: string): Promise<void> {
    const slot = this.#slots.get(key);
    if (!slot) return Promise.resolve();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const save = slot.pending;
    slot.pending = null;
    if (save) {
      slot.running++;
      slot.chain = slot.chain
        .then(save)
        .then(
          () => {
            slot.failed = false;
            slot.refused = null;
          },
          (error: unknown) => {
            slot.failed = true;
            this.lastError = error instanceof Error ? error.message : String(error);
            slot.refused = refusalOf(error);
            // Keep the data: try again, unless a newer save is already waiting to replace it
            // (or main refused it: only an edit, which schedules a new save, can help).
            if (slot.pending === null && slot.refused === null) {
              slot.pending = save;
              if (slot.timer) clearTimeout(slot.timer);
              slot.timer = setTimeout(() => void this.flushKey(key), RETRY_MS);
            }
          },
        )
        .finally(() => {
          slot.running--;
          this.#update();
        });
    }
    this.#update();
    return slot.chain;
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.#slots.keys()].map((key) => this.flushKey(key)));
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** Why main refused a save ('refused' status), to show beside it. */
  get refusal(): string | null {
    return this.#refusal;
  }

  /** A save of `key` waits or runs: the editor holds words main may not have yet. */
  isPending(key: string): boolean {
    const slot = this.#slots.get(key);
    return slot !== undefined && (slot.pending !== null || slot.running > 0);
  }

  hasPending(): boolean {
    return [...this.#slots.values()].some((s) => s.pending !== null || s.running > 0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #slot(key: string): Slot {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = {
        timer: null,
        firstAt: 0,
        pending: null,
        chain: Promise.resolve(),
        running: 0,
        failed: false,
        refused: null,
      };
      this.#slots.set(key, slot);
    }
    return slot;
  }

  #update(): void {
    const slots = [...this.#slots.values()];
    const refusal = slots.find((s) => s.refused !== null)?.refused ?? null;
    const next: SaveStatus =
      refusal !== null
        ? 'refused'
        : slots.some((s) => s.failed)
          ? 'error'
          : slots.some((s) => s.pending !== null || s.running > 0)
            ? 'saving'
            : 'saved';
    if (next === this.#status && refusal === this.#refusal) return;
    this.#status = next;
    this.#refusal = refusal;
    this.#listeners.forEach((l) => l());
  }
}

/** The app's one autosave queue. */
export const autosave = new Autosave();

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(autosave.subscribe, () => autosave.status);
}

/** What the save indicator says: the status, and main's reason when it refused a note. */
export function saveStatusText(status: SaveStatus): string {
  switch (status) {
    case 'saving':
      return 'Saving…';
    case 'error':
      return 'Not saved yet — retrying';
    case 'refused':
      return `Not saved: ${autosave.refusal ?? 'the note was refused.'}`;
    case 'saved':
      return 'All changes saved';
  }
}
