import { format, parseISO } from 'date-fns';
import type { OutboxState } from '../../../shared/model/mail';
import { useAppStore } from '../../store';

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
          <p className="page__subtitle">Notes sent through SMTP. Offline? They wait here and go out when the server answers.</p>
        </div>
      </header>
      {loaded && items.length === 0 ? (
        <div className="empty">
          <h2 className="empty__title">Nothing in the outbox</h2>
          <p className="empty__text">Notes you send with “Send via SMTP” appear here until the server has accepted them.</p>
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
                {item.attempts > 0 && item.state !== 'sent' ? ` · ${item.attempts} ${item.attempts === 1 ? 'attempt' : 'attempts'}` : ''}
                {item.state === 'queued' && item.nextAttemptAt ? ` · next try ${when(item.nextAttemptAt)}` : ''}
              </span>
              {item.lastError ? <span className="outbox-item__error">{item.lastError}</span> : null}
            </div>
            <div className="outbox-item__actions">
              {item.state === 'queued' || item.state === 'failed' || item.state === 'cancelled' ? (
                <button type="button" className="button" onClick={() => void retry(item.id)}>
                  Retry now
                </button>
              ) : null}
              {item.state === 'queued' || item.state === 'failed' ? (
                <button type="button" className="button button--ghost" onClick={() => void cancel(item.id)}>
                  Cancel
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
