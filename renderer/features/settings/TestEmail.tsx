import { useState } from 'react';
import type { MailSettingsView, TestEmailResult } from '../../../shared/model/mail';
import { messageOf } from '../../api';
import { useAppStore } from '../../store';
import { MailErrorText } from '../mail/MailErrorText';

type TestState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'answered'; result: TestEmailResult }
  | { kind: 'refused'; message: string };

/**
 * "Send a test email": a short message to your own address over the saved SMTP settings, and
 * whether the server took it, in words. The test uses what is saved, so unsaved changes wait
 * for Save first (the hint says so). Mounted again when the saved settings change, which
 * clears the last answer.
 */
export function TestEmail({ view, unsaved }: { view: MailSettingsView; unsaved: boolean }) {
  const sendTest = useAppStore((s) => s.sendTestEmail);
  const [state, setState] = useState<TestState>({ kind: 'idle' });
  const smtp = view.smtp;
  const blocked = !smtp
    ? 'Save the SMTP settings first: the test uses the saved ones.'
    : unsaved
      ? 'Save your changes first: the test uses the saved settings.'
      : null;
  const send = async () => {
    setState({ kind: 'sending' });
    try {
      setState({ kind: 'answered', result: await sendTest() });
    } catch (error) {
      setState({ kind: 'refused', message: messageOf(error) });
    }
  };
  return (
    <div className="test-email">
      <div className="form__actions form__actions--inline test-email__row">
        <button
          type="button"
          className="button"
          disabled={blocked !== null || state.kind === 'sending'}
          aria-describedby="test-email-hint"
          onClick={() => void send()}
        >
          {state.kind === 'sending' ? 'Sending a test email…' : 'Send a test email'}
        </button>
        <p id="test-email-hint" className="field__hint">
          {blocked ?? `A short message to you (${smtp?.from.email ?? ''}) through ${smtp?.host ?? ''}.`}
        </p>
      </div>
      <div role="status" aria-label="Test email">
        <TestAnswer state={state} host={smtp?.host ?? null} />
      </div>
    </div>
  );
}

function TestAnswer({ state, host }: { state: TestState; host: string | null }) {
  switch (state.kind) {
    case 'idle':
    case 'sending':
      return null;
    case 'refused':
      return <p className="notice notice--error">The test email was not sent: {state.message}</p>;
    case 'answered':
      return state.result.sent ? (
        <p className="notice notice--info">
          Sent to {state.result.to}: the server accepted it. Check your inbox (and the spam folder).
        </p>
      ) : (
        <div className="notice notice--error">
          <p className="test-email__failed">The test email was not sent.</p>
          <MailErrorText raw={state.result.error} host={host} />
        </div>
      );
  }
}
