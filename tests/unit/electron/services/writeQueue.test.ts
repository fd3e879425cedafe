import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelayMs, WriteQueue } from '../../../../electron/services/writeQueue';

describe('WriteQueue', () => {
  let written: string[];
  let errors: { key: string; error: unknown }[];
  const record = (label: string) => () => {
    written.push(label);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    written = [];
    errors = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const queue = (delayMs = 100, maxDelayMs?: number) =>
    new WriteQueue(delayMs, (key, error) => errors.push({ key, error }), maxDelayMs);

  it('writes nothing until the quiet period has passed', () => {
    const q = queue(100);
    q.schedule('a', record('a1'));
    vi.advanceTimersByTime(99);
    expect(written).toEqual([]);
    expect(q.has('a')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['a1']);
    expect(q.size).toBe(0);
  });

  it('coalesces a burst on one key into one write of the latest version', () => {
    const q = queue(100);
    for (let i = 1; i <= 10; i++) {
      q.schedule('a', record(`a${i}`));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['a10']);
  });

  it('restarts the quiet period on every change', () => {
    const q = queue(100);
    q.schedule('a', record('a1'));
    vi.advanceTimersByTime(90);
    q.schedule('a', record('a2'));
    vi.advanceTimersByTime(90);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(written).toEqual(['a2']);
  });

  it('coalesces per key: each key is written once, with its own latest version', () => {
    const q = queue(100);
    q.schedule('a', record('a1'));
    q.schedule('b', record('b1'));
    q.schedule('a', record('a2'));
    q.schedule('b', record('b2'));
    q.schedule('c', record('c1'));
    expect(q.size).toBe(3);
    vi.advanceTimersByTime(100);
    expect(written.sort()).toEqual(['a2', 'b2', 'c1']);
  });

  it('flush() runs everything pending at once, and nothing runs again later', () => {
    const q = queue(100);
    q.schedule('a', record('a'));
    q.schedule('b', record('b'));
    q.flush();
    expect(written.sort()).toEqual(['a', 'b']);
    expect(q.size).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(written).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flush() with nothing pending does nothing', () => {
    const q = queue(100);
    q.flush();
    expect(written).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('flushKey() writes only that key now; the others keep waiting', () => {
    const q = queue(100);
    q.schedule('a', record('a'));
    q.schedule('b', record('b'));
    q.flushKey('a');
    expect(written).toEqual(['a']);
    expect(q.has('a')).toBe(false);
    expect(q.has('b')).toBe(true);
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['a', 'b']);
  });

  it('flushKey() on a key with nothing pending does nothing', () => {
    const q = queue(100);
    q.schedule('b', record('b'));
    q.flushKey('a');
    expect(written).toEqual([]);
    expect(q.size).toBe(1);
  });

  it('cancel() drops a pending write for good', () => {
    const q = queue(100);
    q.schedule('a', record('a'));
    q.schedule('b', record('b'));
    q.cancel('a');
    expect(q.has('a')).toBe(false);
    vi.advanceTimersByTime(1000);
    q.flush();
    expect(written).toEqual(['b']);
  });

  it('reports a failing write to onError and still runs the others', () => {
    const q = queue(100);
    const boom = new Error('disk full');
    q.schedule('a', record('a'));
    q.schedule('bad', () => {
      throw boom;
    });
    q.schedule('c', record('c'));
    q.flush();
    expect(written.sort()).toEqual(['a', 'c']);
    expect(errors).toEqual([{ key: 'bad', error: boom }]);
    // The failed write is kept for a retry; the others are done.
    expect(q.size).toBe(1);
    expect(q.has('bad')).toBe(true);
  });

  it('retries a failed write with backoff until it succeeds, keeping the data', () => {
    const q = queue(100);
    let failuresLeft = 2;
    q.schedule('flaky', () => {
      if (failuresLeft-- > 0) throw new Error('ENOSPC');
      written.push('flaky');
    });
    vi.advanceTimersByTime(100);
    expect(errors).toHaveLength(1);
    expect(q.failing.get('flaky')).toBe(1);
    vi.advanceTimersByTime(retryDelayMs(1) - 1);
    expect(errors).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(errors).toHaveLength(2);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(retryDelayMs(2));
    expect(written).toEqual(['flaky']);
    expect(q.size).toBe(0);
    expect(q.failing.has('flaky')).toBe(false);
  });

  it('a newer write replaces a failed one instead of retrying stale data', () => {
    const q = queue(100);
    q.schedule('k', () => {
      throw new Error('EACCES');
    });
    vi.advanceTimersByTime(100);
    q.schedule('k', record('k-v2'));
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['k-v2']);
    vi.advanceTimersByTime(60_000);
    expect(written).toEqual(['k-v2']);
    expect(errors).toHaveLength(1);
  });

  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('reports a failing write from the timer too', () => {
    const q = queue(100);
    q.schedule('bad', () => {
      throw new Error('EACCES');
    });
    q.schedule('ok', record('ok'));
    vi.advanceTimersByTime(100);
    expect(errors.map((e) => e.key)).toEqual(['bad']);
    expect(written).toEqual(['ok']);
  });

  it('reports a failing flushKey() write to onError without throwing', () => {
    const q = queue(100);
    q.schedule('bad', () => {
      throw new Error('EIO');
    });
    expect(() => q.flushKey('bad')).not.toThrow();
    expect(errors.map((e) => e.key)).toEqual(['bad']);
  });

  it('writes at most maxDelayMs after the first change, even if changes never stop', () => {
    const q = queue(100, 400);
    let step = 0;
    // A change every 50 ms would postpone a pure debounce forever.
    while (written.length === 0 && step < 100) {
      q.schedule('a', record(`a${++step}`));
      vi.advanceTimersByTime(50);
    }
    expect(written).toHaveLength(1);
    // First change at t=0, write at t=400: the changes made at 0, 50, ..., 350.
    expect(written).toEqual(['a8']);
  });

  it('defaults maxDelayMs to four times the quiet period', () => {
    const q = queue(100);
    const started = Date.now();
    const writtenAt: number[] = [];
    for (let i = 0; i < 20 && writtenAt.length === 0; i++) {
      q.schedule('a', () => writtenAt.push(Date.now() - started));
      vi.advanceTimersByTime(60);
    }
    expect(writtenAt).toEqual([400]);
  });

  it('starts a new maxDelay window after a write', () => {
    const q = queue(100, 400);
    q.schedule('a', record('first'));
    vi.advanceTimersByTime(100);
    vi.advanceTimersByTime(1000);
    q.schedule('a', record('second'));
    vi.advanceTimersByTime(99);
    expect(written).toEqual(['first']);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(['first', 'second']);
  });

  it('keeps a change scheduled while flushing for the next round', () => {
    const q = queue(100);
    q.schedule('a', () => {
      written.push('a');
      q.schedule('index', record('index'));
    });
    q.flush();
    expect(written).toEqual(['a']);
    expect(q.has('index')).toBe(true);
    vi.advanceTimersByTime(100);
    expect(written).toEqual(['a', 'index']);
  });
});
