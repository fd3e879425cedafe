import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseGate } from '../../../../electron/services/closeGate';

describe('CloseGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Records when a wait settles, so a test can tell "not yet" from "resolved". */
  function track(promise: Promise<boolean>): { settled: boolean[] } {
    const state = { settled: [] as boolean[] };
    void promise.then((answered) => state.settled.push(answered));
    return state;
  }

  it('resolves true when the renderer answers before the timeout', async () => {
    const gate = new CloseGate();
    const waiting = gate.wait(10_000);
    await vi.advanceTimersByTimeAsync(5_000);
    gate.open();
    await expect(waiting).resolves.toBe(true);
  });

  it('resolves false after the timeout when nobody answers, and not before', async () => {
    const gate = new CloseGate();
    const waiting = track(gate.wait(10_000));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(waiting.settled).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.settled).toEqual([false]);
  });

  it('resolves every waiter on open()', async () => {
    const gate = new CloseGate();
    const waits = [gate.wait(1_000), gate.wait(10_000), gate.wait(60_000)];
    gate.open();
    await expect(Promise.all(waits)).resolves.toEqual([true, true, true]);
  });

  it('clears the timers of answered waits', async () => {
    const gate = new CloseGate();
    const waits = [gate.wait(1_000), gate.wait(10_000)];
    expect(vi.getTimerCount()).toBe(2);
    gate.open();
    await Promise.all(waits);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets a waiter that timed out: a later open() answers only the ones still waiting', async () => {
    const gate = new CloseGate();
    const short = track(gate.wait(1_000));
    const long = track(gate.wait(10_000));
    await vi.advanceTimersByTimeAsync(1_000);
    gate.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(short.settled).toEqual([false]);
    expect(long.settled).toEqual([true]);
  });

  it('does not carry an answer over to a later close: each wait needs its own answer', async () => {
    const gate = new CloseGate();
    gate.open();
    const later = track(gate.wait(2_000));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(later.settled).toEqual([false]);
  });

  it('settles each wait once, even when open() is called again', async () => {
    const gate = new CloseGate();
    const waiting = track(gate.wait(1_000));
    gate.open();
    gate.open();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(waiting.settled).toEqual([true]);
  });
});
