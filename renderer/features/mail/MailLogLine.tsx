import { format, parseISO } from 'date-fns';
import type { MailLogEntry } from '../../../shared/model/retro';

const VIA_LABELS = {
  draft: 'drafted in the mail app',
  eml: 'saved as .eml',
  mailto: 'opened as mailto:',
  copy: 'copied',
  smtp: 'sent via SMTP',
} as const;

/** To whom and when a retro's notes last left the app. */
export function MailLogLine({ log }: { log: MailLogEntry[] }) {
  const last = log.at(-1);
  if (!last) return <span className="mail-log">Not emailed yet</span>;
  const how =
    last.via === 'smtp'
      ? last.state === 'sent'
        ? 'sent via SMTP'
        : last.state === 'failed'
          ? 'SMTP send failed'
          : last.state === 'cancelled'
            ? 'SMTP send cancelled'
            : 'queued in the Outbox'
      : VIA_LABELS[last.via];
  return (
    <span className="mail-log">
      Notes {how} · {last.to.length} {last.to.length === 1 ? 'recipient' : 'recipients'} ·{' '}
      {format(parseISO(last.at), 'd MMM, HH:mm')}
    </span>
  );
}
