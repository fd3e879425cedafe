import { format, parseISO } from 'date-fns';
import type { OutboxState } from '../../../shared/model/mail';
import { useAppStore } from '../../store';
import { outboxActions } from './outboxActions';

const STATE_LABELS: Record<OutboxState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const when = (iso: string) => format(parseISO(iso), 'd MMM, HH:mm');

/** Messages sent through SMTP: what is waiting, what went, what failed and why. */
export function OutboxPage() {
  const items = useAppStore((s) => s.outbox);
  const loaded = useAppStore((s) => s.outboxLoaded);
  const retry = useAppStore((s) => s.retryOutbox);
  const cancel = useAppStore((s) => s.cancelOutbox);
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Outbox</h1>
          <p className="page__subtitle">
            Notes sent through SMTP. Offline? They wait here and go out when the server answers.
          </p>
        </div>
      </header>
      {loaded && items.length === 0 ? (
        <div className="empty">
          <h2 className="empty__title">Nothing in the outbox</h2>
          <p className="empty__text">
            Notes you send with “Send via SMTP” appear here until the server has accepted them.
          </p>
        </div>
      ) : null}
      <ul className="outbox-list" aria-label="Outbox">
        {items.map((item) => (
          <li key={item.id} className="outbox-item" aria-label={`${item.subject}: ${STATE_LABELS[item.state]}`}>
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
              {item.lastError ? <span className="outbox-item__error">{item.lastError}</span> : null}
            </div>
            <OutboxItemActions
              state={item.state}
              onRetry={() => void retry(item.id)}
              onCancel={() => void cancel(item.id)}
            />
          </li>
        ))}
      </ul>
    </div>
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
