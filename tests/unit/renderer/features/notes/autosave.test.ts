import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../../renderer/api';
import { Autosave, DEBOUNCE_MS, MAX_WAIT_MS } from '../../../../../renderer/features/notes/autosave';

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function recorder() {
    const saved: string[] = [];
    const save = (value: string) => () => {
      saved.push(value);
      return Promise.resolve();
    };
    return { saved, save };
  }

  it('saves once after a pause in typing, with the latest value, never per keystroke', async () => {
    const autosave = new Autosave();
    const { saved, save } = recorder();
    autosave.schedule('k', save('a'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 50);
    autosave.schedule('k', save('ab'));
    autosave.schedule('k', save('abc'));
    expect(saved).toEqual([]);
    expect(autosave.status).toBe('saving');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saved).toEqual(['abc']);
    expect(autosave.status).toBe('saved');
  });

  it('saves at least every MAX_WAIT_MS while typing never pauses', async () => {
    const autosave = new Autosave();
    const { saved, save } = recorder();
    for (let t = 0; t < 2000; t += 100) {
      autosave.schedule('k', save(`v${t}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 2 s of continuous typing: about one save per MAX_WAIT_MS, never more often.
    expect(saved.length).toBeGreaterThanOrEqual(Math.floor(2000 / MAX_WAIT_MS) - 1);
    expect(saved.length).toBeLessThanOrEqual(Math.ceil(2000 / MAX_WAIT_MS));
  });

  it('flushAll() saves everything pending at once (the close handshake)', async () => {
    const autosave = new Autosave();
    const { saved, save } = recorder();
    autosave.schedule('a', save('a1'));
    autosave.schedule('b', save('b1'));
    await autosave.flushAll();
    expect(saved.sort()).toEqual(['a1', 'b1']);
    expect(autosave.hasPending()).toBe(false);
  });

  it('runs saves of one key in order, one at a time', async () => {
    const autosave = new Autosave();
    const order: string[] = [];
    let release: () => void = () => undefined;
    autosave.schedule('k', () => {
      order.push('start 1');
      return new Promise<void>((resolve) => {
        release = () => {
          order.push('end 1');
          resolve();
        };
      });
    });
    void autosave.flushKey('k');
    autosave.schedule('k', () => {
      order.push('start 2');
      return Promise.resolve();
    });
    const second = autosave.flushKey('k');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1']);
    release();
    await second;
    expect(order).toEqual(['start 1', 'end 1', 'start 2']);
  });

  it('keeps a failed save, shows the error and retries it', async () => {
    const autosave = new Autosave();
    let attempts = 0;
    autosave.schedule('k', () => {
      attempts++;
      return attempts === 1 ? Promise.reject(new Error('main process busy')) : Promise.resolve();
    });
    await autosave.flushKey('k');
    expect(autosave.status).toBe('error');
    expect(autosave.lastError).toBe('main process busy');
    await vi.advanceTimersByTimeAsync(2000);
    expect(attempts).toBe(2);
    expect(autosave.status).toBe('saved');
  });

  it('a newer save replaces a failed one instead of retrying stale data', async () => {
    const autosave = new Autosave();
    const { saved, save } = recorder();
    autosave.schedule('k', () => Promise.reject(new Error('nope')));
    await autosave.flushKey('k');
    autosave.schedule('k', save('fresh'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['fresh']);
    expect(autosave.status).toBe('saved');
  });

  it('tells subscribers when the status changes', async () => {
    const autosave = new Autosave();
    const seen: string[] = [];
    autosave.subscribe(() => seen.push(autosave.status));
    autosave.schedule('k', () => Promise.resolve());
    await autosave.flushAll();
    expect(seen).toEqual(['saving', 'saved']);
  });

  it('says why main refused a note, does not send the same note again, and clears once an edit saves', async () => {
    const autosave = new Autosave();
    const seen: string[] = [];
    autosave.subscribe(() => seen.push(autosave.status));
    let attempts = 0;
    const tooLong = new ApiError({
      code: 'invalid-payload',
      message: 'Some fields need attention.',
      fieldErrors: {
        doc: 'This note is too long to save (1.2 MB; at most 1 MB): split it, or move long pasted text to a linked document.',
      },
    });
    autosave.schedule('k', () => {
      attempts++;
      return Promise.reject(tooLong);
    });
    await autosave.flushKey('k');
    expect(autosave.status).toBe('refused');
    expect(autosave.refusal).toBe(
      'This note is too long to save (1.2 MB; at most 1 MB): split it, or move long pasted text to a linked document.',
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(1);
    expect(autosave.hasPending()).toBe(false);

    autosave.schedule('k', () => Promise.resolve());
    await autosave.flushKey('k');
    expect(autosave.status).toBe('saved');
    expect(autosave.refusal).toBeNull();
    // The reason stays up while the edit is being saved: it is still true until that save lands.
    expect(seen).toEqual(['saving', 'refused', 'saved']);
  });
});
