import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../../renderer/store';
import { SAMPLE_NAME } from '../../../../shared/sample/sampleCast';
import { installBridge, resetStoreAfterEach } from './bridge';
import { openServices, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

const messages = () => useAppStore.getState().toasts.map((t) => t.message);

describe('the sample in the store (over the real services)', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  it('Try a sample engagement seeds it, lists it and opens it; a second try says why it is refused', async () => {
    installBridge(openServices(tempDir(), { clock: testClock('2027-02-11T15:00:00.000Z') }).services);
    const store = useAppStore.getState();
    await store.trySample();
    const state = useAppStore.getState();
    expect(state.summaries.map((s) => s.name)).toEqual([SAMPLE_NAME]);
    const id = state.summaries[0]?.id ?? '';
    expect(state.view).toEqual({ kind: 'engagement', id, section: 'overview' });
    expect(state.drafts[id]?.people).toHaveLength(8);
    expect(state.sampleBusy).toBe(false);
    expect(messages()).toEqual(['Added the sample engagement: a made-up quarter to look around in.']);

    await store.trySample();
    expect(messages().at(-1)).toBe(
      'Could not add the sample: The sample engagement is already there: open it from Engagements, or delete it first.',
    );
    expect(useAppStore.getState().sampleBusy).toBe(false);
  });

  it('Delete the sample deletes it and forgets its draft; Undo brings it back', async () => {
    const harness = openServices(tempDir(), { clock: testClock('2027-02-11T15:00:00.000Z') });
    installBridge(harness.services);
    await useAppStore.getState().trySample();
    const id = useAppStore.getState().summaries[0]?.id ?? '';

    await useAppStore.getState().removeSample(id);
    let state = useAppStore.getState();
    expect(state.summaries).toEqual([]);
    expect(state.drafts[id]).toBeUndefined();
    expect(state.engagements[id]).toBeUndefined();
    expect(state.view).toEqual({ kind: 'engagements' });
    const toast = state.toasts.at(-1);
    expect(toast?.message).toBe('Deleted the sample engagement.');

    toast?.action?.run();
    await vi.waitFor(() => expect(messages().at(-1)).toBe('The sample engagement is back.'));
    state = useAppStore.getState();
    expect(state.summaries.map((s) => s.id)).toEqual([id]);
    expect((await harness.call('retros:list', { engagementId: id })).retros).toHaveLength(8);
  });
});
