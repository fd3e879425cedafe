import type { OutboxState } from '../../../shared/model/mail';

/** How an action shows on an outbox item: usable, in place but disabled, or not there at all. */
export type ActionShow = 'enabled' | 'disabled' | 'hidden';

/**
 * The buttons an outbox item offers in each state. While a message is being sent its
 * buttons stay in place, disabled: a retry that starts under the pointer must not make the
 * button being clicked vanish (or move the next one under it).
 */
export function outboxActions(state: OutboxState): { retry: ActionShow; cancel: ActionShow } {
  switch (state) {
    case 'queued':
    case 'failed':
      return { retry: 'enabled', cancel: 'enabled' };
    case 'sending':
      return { retry: 'disabled', cancel: 'disabled' };
    case 'cancelled':
      return { retry: 'enabled', cancel: 'hidden' };
    case 'sent':
      return { retry: 'hidden', cancel: 'hidden' };
  }
}
