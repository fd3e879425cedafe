import { describe, expect, it } from 'vitest';
import { OUTBOX_STATES } from '../../../../../shared/model/mail';
import { outboxActions } from '../../../../../renderer/features/mail/outboxActions';

describe('outboxActions', () => {
  it('keeps Retry and Cancel in place, disabled, while a message is being sent', () => {
    expect(outboxActions('sending')).toEqual({ retry: 'disabled', cancel: 'disabled' });
  });

  it('shows the same buttons while queued as while sending, so none vanishes when a retry starts', () => {
    const visible = (state: (typeof OUTBOX_STATES)[number]) =>
      Object.entries(outboxActions(state))
        .filter(([, show]) => show !== 'hidden')
        .map(([name]) => name);
    expect(visible('sending')).toEqual(visible('queued'));
    expect(visible('sending')).toEqual(visible('failed'));
  });

  it('offers a retry of a cancelled message, and nothing once sent', () => {
    expect(outboxActions('cancelled')).toEqual({ retry: 'enabled', cancel: 'hidden' });
    expect(outboxActions('sent')).toEqual({ retry: 'hidden', cancel: 'hidden' });
  });
});
