import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { OutboxItem } from './OutboxItem';

/** Messages sent through SMTP: what is waiting, what went, what failed and why; the sent ones cleared away. */
export function OutboxPage() {
  const items = useAppStore((s) => s.outbox);
  const loaded = useAppStore((s) => s.outboxLoaded);
  const settingsLoaded = useAppStore((s) => s.mailSettings !== null);
  const loadMailSettings = useAppStore((s) => s.loadMailSettings);
  const clearSent = useAppStore((s) => s.clearSentOutbox);
  const anySent = items.some((item) => item.state === 'sent');
  // The error sentences name the SMTP server as set up.
  useEffect(() => {
    if (!settingsLoaded) void loadMailSettings();
  }, [settingsLoaded, loadMailSettings]);
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Outbox</h1>
          <p className="page__subtitle">
            Notes sent through SMTP. Offline? They wait here and go out when the server answers.
          </p>
        </div>
        {anySent ? (
          <button type="button" className="button" onClick={() => void clearSent()}>
            Clear sent
          </button>
        ) : null}
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
          <OutboxItem key={item.id} item={item} />
        ))}
      </ul>
    </div>
  );
}
