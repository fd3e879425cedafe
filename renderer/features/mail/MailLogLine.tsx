import { format, parseISO } from 'date-fns';
import type { LoggedNote } from '../../../shared/model/mail';
import type { MailLogEntry } from '../../../shared/model/retro';
import { awaitingSentConfirmation } from '../../../shared/retro/rules';
import { useAppStore } from '../../store';

const VIA_LABELS = {
  draft: 'drafted in the mail app',
  eml: 'saved as .eml',
  mailto: 'opened as mailto:',
  copy: 'copied',
  smtp: 'sent via SMTP',
} as const;

const CONFIRMED_LABELS = {
  draft: 'sent from the mail app',
  eml: 'sent from the mail app',
  mailto: 'sent from the mail app',
  copy: 'sent (copied into a mail)',
  smtp: 'sent via SMTP',
} as const;

function howOf(last: MailLogEntry): string {
  if (last.via !== 'smtp') return last.state === 'sent' ? CONFIRMED_LABELS[last.via] : VIA_LABELS[last.via];
  if (last.state === 'sent') return 'sent via SMTP';
  if (last.state === 'failed') return 'SMTP send failed';
  if (last.state === 'cancelled') return 'SMTP send cancelled';
  return 'queued in the Outbox';
}

/**
 * To whom and when a retro's notes last left the app. After a draft, a copy or mailto: the
 * app cannot know the mail went out: "I sent it" says so, and only then do they count as emailed.
 */
export function MailLogLine({
  log,
  engagementId,
  note,
}: {
  log: MailLogEntry[];
  engagementId: string;
  note: LoggedNote;
}) {
  const confirm = useAppStore((s) => s.confirmNotesSent);
  const last = log.at(-1);
  if (!last) return <span className="mail-log">Not emailed yet</span>;
  const waiting = awaitingSentConfirmation({ mailLog: log }) !== null;
  return (
    <span className="mail-log">
      Notes {howOf(last)} · {last.to.length} {last.to.length === 1 ? 'recipient' : 'recipients'} ·{' '}
      {format(parseISO(last.at), 'd MMM, HH:mm')}
      {waiting ? (
        <>
          {' · not confirmed sent '}
          <button type="button" className="link-button" onClick={() => void confirm(engagementId, note)}>
            I sent it
          </button>
        </>
      ) : null}
    </span>
  );
}
