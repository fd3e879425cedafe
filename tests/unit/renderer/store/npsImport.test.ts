import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../renderer/store';
import { validInput } from '../../support/fixtures';
import { openServices, testClock } from '../../support/services';
import { useTempDir } from '../../support/tempDir';
import { installBridge, resetStoreAfterEach, settle } from './bridge';

const CSV =
  'Timestamp,Score,Comment\n2027-02-08T10:00:00Z,9,Great\n2027-02-08T11:00:00Z,4,Slow\n2027-02-08T11:00:00Z,4,Slow\n';

describe('the store’s NPS import', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  it('shows the imported responses at once, and Undo takes away exactly those', async () => {
    const harness = openServices(tempDir(), { clock: testClock('2027-02-11T15:00:00.000Z') });
    installBridge(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    const engagementId = engagement.id;
    await harness.call('nps:add', {
      engagementId,
      input: { respondent: '', role: 'other', score: 7, comment: 'typed' },
    });
    const store = useAppStore.getState();
    await store.load('project', engagementId);
    const source = { kind: 'paste' as const, text: CSV };
    const preview = await store.previewNpsImport({
      engagementId,
      source,
      options: { mapping: null, hasHeader: null, dateOrder: null, defaultRole: 'engineer' },
    });
    expect(preview.counts).toEqual({ ready: 2, duplicate: 1, error: 0 });
    const options = {
      mapping: preview.mapping,
      hasHeader: true,
      dateOrder: preview.dateOrder,
      defaultRole: 'engineer' as const,
    };
    expect(await store.importNpsResponses({ engagementId, source, options, expected: 2 })).toBe(2);
    const scores = () => useAppStore.getState().loaded.project[engagementId]?.data?.nps.map((r) => r.score);
    expect(scores()).toEqual([7, 9, 4]);
    const toast = useAppStore.getState().toasts.at(-1);
    expect(toast?.message).toBe('Imported 2 responses.');
    toast?.action?.run();
    for (let i = 0; i < 50 && scores()?.length !== 1; i++) await settle();
    expect(scores()).toEqual([7]);
    expect((await harness.call('project:get', { engagementId })).nps.map((r) => r.comment)).toEqual(['typed']);
  });

  it('throws, importing nothing, when the file no longer gives what the preview showed', async () => {
    const harness = openServices(tempDir(), { clock: testClock('2027-02-11T15:00:00.000Z') });
    installBridge(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    const store = useAppStore.getState();
    const options = { mapping: null, hasHeader: null, dateOrder: null, defaultRole: 'other' as const };
    await expect(
      store.importNpsResponses({
        engagementId: engagement.id,
        source: { kind: 'paste', text: CSV },
        options,
        expected: 3,
      }),
    ).rejects.toThrow('The preview showed 3 responses to import; the file now gives 2. Nothing was imported');
    expect((await harness.call('project:get', { engagementId: engagement.id })).nps).toEqual([]);
  });
});
