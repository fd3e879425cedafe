import { format, parseISO } from 'date-fns';
import type { OutboxItemView, OutboxState } from '../../../shared/model/mail';
import { useAppStore } from '../../store';
import { MailErrorText } from './MailErrorText';
import { outboxActions } from './outboxActions';

export const STATE_LABELS: Record<OutboxState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const when = (iso: string) => format(parseISO(iso), 'd MMM, HH:mm');

/** One message in the Outbox: its state, what went wrong in words (the raw reason folded away), its notes. */
export function OutboxItem({ item }: { item: OutboxItemView }) {
  const retry = useAppStore((s) => s.retryOutbox);
  const cancel = useAppStore((s) => s.cancelOutbox);
  const navigate = useAppStore((s) => s.navigate);
  const host = useAppStore((s) => s.mailSettings?.smtp?.host ?? null);
  // retroId null: the project retro's notes, or the NPS survey sent from the project retro's page.
  const openNotes = () =>
    item.retroId === null
      ? navigate({ kind: 'engagement', id: item.engagementId, section: 'project' })
      : navigate({ kind: 'retro', engagementId: item.engagementId, retroId: item.retroId });
  return (
    <li className="outbox-item" aria-label={`${item.subject}: ${STATE_LABELS[item.state]}`}>
      <div className="outbox-item__main">
        <span className={`state state--${item.state}`}>{STATE_LABELS[item.state]}</span>
        <span className="outbox-item__subject">{item.subject}</span>
        <span className="outbox-item__meta">
          To {item.to.join(', ')} · queued {when(item.createdAt)}
          {item.sentAt ? ` · sent ${when(item.sentAt)}` : ''}
          {item.attempts > 0 && item.state !== 'sent'
            ? ` · ${item.attempts} ${item.attempts === 1 ? 'attempt' : 'attempts'}`
            : ''}
          {item.state === 'queued' && item.nextAttemptAt ? ` · next try ${when(item.nextAttemptAt)}` : ''}
        </span>
        {item.lastError ? <MailErrorText raw={item.lastError} host={host} /> : null}
        <button type="button" className="link-button outbox-item__open" onClick={openNotes}>
          {item.retroId === null ? 'Open the project retro' : 'Open the retro'}
        </button>
      </div>
      <OutboxItemActions state={item.state} onRetry={() => void retry(item.id)} onCancel={() => void cancel(item.id)} />
    </li>
  );
}

function OutboxItemActions({
  state,
  onRetry,
  onCancel,
}: {
  state: OutboxState;
  onRetry: () => void;
  onCancel: () => void;
}) {
  const show = outboxActions(state);
  return (
    <div className="outbox-item__actions">
      {show.retry === 'hidden' ? null : (
        <button type="button" className="button" disabled={show.retry === 'disabled'} onClick={onRetry}>
          Retry now
        </button>
      )}
      {show.cancel === 'hidden' ? null : (
        <button type="button" className="button button--ghost" disabled={show.cancel === 'disabled'} onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
