import type { MailAction } from '../../store/mailSlice';

interface ComposeActionsProps {
  busy: MailAction | null;
  canSend: boolean;
  run: (action: MailAction) => void;
  /** Closes the dialog and opens Settings, where SMTP is set up. */
  onSetUpSmtp: () => void;
}

/** The five ways out: draft, .eml, copy, mailto: and (once set up) SMTP. */
export function ComposeActions({ busy, canSend, run, onSetUpSmtp }: ComposeActionsProps) {
  const disabled = busy !== null;
  return (
    <div className="compose__actions">
      <button type="button" className="button button--primary" disabled={disabled} onClick={() => run('draft')}>
        {busy === 'draft' ? 'Opening…' : 'Open as draft in my mail app'}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => run('eml')}>
        Save .eml…
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => run('copy')}>
        Copy
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => run('mailto')}>
        mailto: link
      </button>
      {canSend ? (
        <button type="button" className="button" disabled={disabled} onClick={() => run('send')}>
          {busy === 'send' ? 'Queuing…' : 'Send via SMTP'}
        </button>
      ) : (
        <button type="button" className="button button--ghost" onClick={onSetUpSmtp}>
          Set up SMTP…
        </button>
      )}
    </div>
  );
}
