import { isPlainObject } from './jsonValue';

/** Lists that only grow, one entry per event: two laptops' entries are all kept (the mail log of a retro). */
export const LOG_KEYS: ReadonlySet<string> = new Set(['mailLog']);

/** The most the mail log keeps (its schema's cap): the newest entries. */
const LOG_CAP = 500;

// A mail's life: drafted or copied, or queued and then sent, failed or cancelled. The further state wins.
const STATE_RANK: Record<string, number> = { drafted: 0, copied: 0, queued: 1, failed: 2, cancelled: 3, sent: 4 };

function keyOf(entry: unknown): string {
  if (!isPlainObject(entry)) return JSON.stringify(entry);
  return JSON.stringify([entry['at'], entry['via'], entry['outboxId'] ?? null]);
}

function rank(entry: unknown): number {
  const state = isPlainObject(entry) ? entry['state'] : undefined;
  return typeof state === 'string' ? (STATE_RANK[state] ?? -1) : -1;
}

/**
 * The union of two logs: an event (its time, way and outbox message) logged on both
 * laptops is one entry, in the further state of its life (queued → sent); entries in time
 * order, the newest LOG_CAP kept. The same whichever side is "ours"; never a conflict.
 */
export function mergeLog(ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const entry of [...ours, ...theirs]) {
    const key = keyOf(entry);
    const held = byKey.get(key);
    if (
      held === undefined ||
      rank(entry) > rank(held) ||
      (rank(entry) === rank(held) && JSON.stringify(entry) > JSON.stringify(held))
    ) {
      byKey.set(key, entry);
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry)
    .slice(-LOG_CAP);
}
