import { MAX_OUTBOX_MESSAGES, type OutboxItem, type OutboxItemView } from '../../../shared/model/mail';
import { AppError } from '../errors';

/** The outbox's list, as outboxClear changes it (Outbox.rewrite saves the result). */
export interface OutboxList {
  rewrite(change: (items: readonly OutboxItem[]) => OutboxItem[]): void;
  list(): OutboxItemView[];
}

/** A cleared message and where it stood in the list, to put it back there. */
interface Cleared {
  item: OutboxItem;
  index: number;
}

/**
 * The Outbox's "Clear sent": the sent messages leave the list (and outbox.json; their retros'
 * mail logs keep the record), and stay here, in memory, until the app quits, so Undo can put
 * them back where they were. Only what this session cleared can come back: the renderer names
 * ids, never messages.
 */
export class SentClearing {
  readonly #outbox: OutboxList;
  readonly #cleared = new Map<string, Cleared>();

  constructor(outbox: OutboxList) {
    this.#outbox = outbox;
  }

  /** Clears every sent message; answers their ids (none: nothing was sent). */
  clearSent(): { cleared: string[] } {
    const cleared: string[] = [];
    this.#outbox.rewrite((items) =>
      items.filter((item, index) => {
        if (item.state !== 'sent') return true;
        this.#cleared.set(item.id, { item, index });
        cleared.push(item.id);
        return false;
      }),
    );
    return { cleared };
  }

  /** Undo: the cleared messages back in their places; answers the list. */
  restore(ids: readonly string[]): OutboxItemView[] {
    const back = ids.map((id) => {
      const cleared = this.#cleared.get(id);
      if (!cleared)
        throw new AppError(
          'not-found',
          'Those messages can no longer be put back: Aux Desk keeps cleared messages only until it quits.',
        );
      return cleared;
    });
    this.#outbox.rewrite((items) => {
      const present = new Set(items.map((m) => m.id));
      const missing = back.filter((c) => !present.has(c.item.id));
      if (items.length + missing.length > MAX_OUTBOX_MESSAGES) {
        throw new AppError('invalid-payload', 'The outbox is full: there is no room to put the sent messages back.');
      }
      return withRestored(items, missing);
    });
    for (const id of ids) this.#cleared.delete(id);
    return this.#outbox.list();
  }
}

/** `items` with the cleared ones back at their old places (in the order they stood; past the end, at the end). */
export function withRestored(items: readonly OutboxItem[], cleared: readonly Cleared[]): OutboxItem[] {
  const out = [...items];
  for (const { item, index } of [...cleared].sort((a, b) => a.index - b.index)) {
    out.splice(Math.min(index, out.length), 0, item);
  }
  return out;
}
