import { describe, expect, it } from 'vitest';
import { QUIT_SAVE_TIMEOUT_MS, unsavedNotice } from '../../../../electron/services/closeGate';

describe('the quit notice for what could not be saved', () => {
  it('says nothing when everything was saved', () => {
    expect(unsavedNotice([])).toBeNull();
  });

  it('names each thing not saved, in the user’s words, and what it means', () => {
    const notice = unsavedNotice(['engagement “Checkout MVP”', 'the outbox (mail waiting to be sent)']);
    expect(notice?.message).toBe('Some changes could not be saved');
    expect(notice?.detail).toContain('engagement “Checkout MVP”, the outbox (mail waiting to be sent)');
    expect(notice?.detail).toContain('what was saved before is intact');
  });

  it('waits a bounded time: 3 s', () => {
    expect(QUIT_SAVE_TIMEOUT_MS).toBe(3000);
  });
});
