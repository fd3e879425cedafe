import type { OutboxItem, OutboxItemView } from '../../../shared/model/mail';

/* An outbox message from outside the Outbox: what the renderer sees of it, its retry delays, and an SMTP error's reason. */

/** 30 s, 1 min, 2 min … at most an hour between attempts. */
export function defaultRetryDelayMs(attempt: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1));
}

export function viewOf(item: OutboxItem): OutboxItemView {
  return {
    id: item.id,
    messageId: item.messageId,
    engagementId: item.engagementId,
    retroId: item.retroId,
    subject: item.subject,
    to: item.to,
    state: item.state,
    attempts: item.attempts,
    nextAttemptAt: item.nextAttemptAt,
    lastError: item.lastError,
    createdAt: item.createdAt,
    sentAt: item.sentAt,
  };
}

/** Whether an SMTP error is for good (a rejection), and its reason as the server or nodemailer gave it. */
export function describeError(error: unknown): { permanent: boolean; reason: string } {
  const e = error as {
    permanent?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
    code?: unknown;
  };
  const permanent = e.permanent === true;
  const reason =
    typeof e.response === 'string' && e.response !== ''
      ? e.response
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  return { permanent, reason };
}
