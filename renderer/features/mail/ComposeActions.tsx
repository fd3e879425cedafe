import type { MailMethod } from '../../../shared/model/settings';
import type { MailAction } from '../../store/mailSlice';

interface ComposeActionsProps {
  busy: MailAction | null;
  canSend: boolean;
  /** The way the notes left last time (Settings' mailMethod): offered first, as the main button. */
  preferred: MailMethod | null;
  /** "Copy notes", or "Copy mail" for the survey. */
  copyLabel: string;
  run: (action: MailAction) => void;
  /** Copies the recipients or the subject for web mail; not a way out, nothing is recorded. */
  copy: (part: 'recipients' | 'subject') => void;
  /** Closes the dialog and opens Settings, where SMTP is set up. */
  onSetUpSmtp: () => void;
}

const METHOD_OF: Record<MailAction, MailMethod> = {
  send: 'smtp',
  draft: 'draft',
  eml: 'eml',
  mailto: 'mailto',
  copy: 'copy',
};

const LABELS: Record<MailAction, { idle: string; busy: string }> = {
  draft: { idle: 'Open as draft in my mail app', busy: 'Opening…' },
  eml: { idle: 'Save .eml…', busy: 'Saving…' },
  copy: { idle: 'Copy notes', busy: 'Copying…' },
  mailto: { idle: 'mailto: link', busy: 'Opening…' },
  send: { idle: 'Send via SMTP', busy: 'Queuing…' },
};

/** The five ways out, the one used last time first (a draft until there is one), then copying for web mail. */
export function ComposeActions({ busy, canSend, preferred, copyLabel, run, copy, onSetUpSmtp }: ComposeActionsProps) {
  const disabled = busy !== null;
  const usable = (action: MailAction) => action !== 'send' || canSend;
  const base: MailAction[] = ['draft', 'eml', 'copy', 'mailto', 'send'];
  const first = base.find((a) => METHOD_OF[a] === preferred && usable(a)) ?? 'draft';
  const order = [first, ...base.filter((a) => a !== first)];
  return (
    <>
      <div className="compose__actions">
        {order.map((action) =>
          usable(action) ? (
            <button
              key={action}
              type="button"
              className={action === first ? 'button button--primary' : 'button'}
              disabled={disabled}
              onClick={() => run(action)}
            >
              {busy === action ? LABELS[action].busy : action === 'copy' ? copyLabel : LABELS[action].idle}
            </button>
          ) : (
            <button key={action} type="button" className="button button--ghost" onClick={onSetUpSmtp}>
              Set up SMTP…
            </button>
          ),
        )}
      </div>
      <div className="compose__actions compose__actions--web" role="group" aria-label="For web mail">
        <span className="field__hint">For web mail:</span>
        <button type="button" className="button button--ghost" disabled={disabled} onClick={() => copy('recipients')}>
          Copy recipients
        </button>
        <button type="button" className="button button--ghost" disabled={disabled} onClick={() => copy('subject')}>
          Copy subject
        </button>
      </div>
    </>
  );
}
