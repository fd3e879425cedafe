import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../renderer/store';
import { validInput } from '../../support/fixtures';
import { openServices } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { installBridge, resetStoreAfterEach, settle } from './bridge';

describe('moveStatus: the Overview’s “Start the engagement” and “Move to Wrapping up”', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  async function world() {
    const harness = openServices(tempDir());
    installBridge(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    await useAppStore.getState().openEngagement(engagement.id);
    return { ...harness, engagement };
  }

  it('saves the new status in main and the list, keeps unsaved Details edits, and Undo goes back', async () => {
    const { engagement, call } = await world();
    const store = useAppStore.getState;
    store().editDraft(engagement.id, (d) => ({ ...d, hostTeam: 'Typed, not saved' }));

    await store().moveStatus(engagement.id, 'active');
    expect((await call('engagements:get', { id: engagement.id })).status).toBe('active');
    // Only the status was written: the half-typed host team is still the user's draft, unsaved.
    expect((await call('engagements:get', { id: engagement.id })).hostTeam).toBe('Payments');
    expect(store().drafts[engagement.id]).toMatchObject({ status: 'active', hostTeam: 'Typed, not saved' });
    expect(store().summaries.map((s) => s.status)).toEqual(['active']);
    const toast = store().toasts.at(-1);
    expect(toast?.message).toBe('“Payments platform” is now Active.');

    toast?.action?.run();
    await settle();
    await settle();
    expect((await call('engagements:get', { id: engagement.id })).status).toBe('planning');
    expect(store().engagements[engagement.id]?.status).toBe('planning');
    expect(store().toasts.at(-1)?.message).toBe('Back to Planning.');
  });

  it('says why when main refuses, and changes nothing', async () => {
    const { engagement, call } = await world();
    // Deleted behind the screen's back (another window, a sync): the update is refused.
    await call('engagements:delete', { id: engagement.id });
    await useAppStore.getState().moveStatus(engagement.id, 'wrapping-up');
    expect(useAppStore.getState().toasts.at(-1)?.message).toMatch(/^Could not change the status: /);
    expect(useAppStore.getState().engagements[engagement.id]?.status).toBe('planning');
  });
});
