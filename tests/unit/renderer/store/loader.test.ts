import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../renderer/store';
import { validInput } from '../../support/fixtures';
import { installBridge, resetStoreAfterEach } from './bridge';
import { openServices } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

/** The one keyed loader: the real store over real main services (only the preload bridge is stood in for). */
describe('the keyed loader', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  async function world() {
    const harness = openServices(tempDir());
    installBridge(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    const other = await harness.call('engagements:create', validInput({ name: 'Other' }));
    return { ...harness, engagement, other };
  }

  it('loads each kind under its engagement id, and one key does not touch another', async () => {
    const { engagement, other, call } = await world();
    await call('retros:create', { engagementId: engagement.id, date: '2026-03-05' });
    const store = useAppStore.getState();
    await store.load('retro', engagement.id);
    await store.load('project', engagement.id);
    await store.load('lifecycle', engagement.id);
    await store.load('planner', engagement.id);
    const { loaded } = useAppStore.getState();
    expect(loaded.retro[engagement.id]?.data?.retros.map((r) => r.date)).toEqual(['2026-03-05']);
    expect(loaded.project[engagement.id]?.data?.milestones).toEqual([]);
    expect(loaded.lifecycle[engagement.id]?.data).toEqual(await call('lifecycle:get', { engagementId: engagement.id }));
    expect(loaded.planner[engagement.id]?.data).toEqual(
      await call('planner:get', { scope: { kind: 'engagement', id: engagement.id } }),
    );
    expect(loaded.retro[other.id]).toBeUndefined();
  });

  it('loads plain weeks under the key "plain"', async () => {
    const { call } = await world();
    await useAppStore.getState().load('planner', 'plain');
    expect(useAppStore.getState().dataOf('planner', 'plain')).toEqual(
      await call('planner:get', { scope: { kind: 'plain' } }),
    );
  });

  it('a failed load keeps what was loaded and says why; the next good load clears the error', async () => {
    const { engagement, call } = await world();
    const store = useAppStore.getState();
    await store.load('retro', engagement.id);
    const before = useAppStore.getState().dataOf('retro', engagement.id);
    await call('engagements:delete', { id: engagement.id });
    await store.load('retro', engagement.id);
    const failed = useAppStore.getState().loaded.retro[engagement.id];
    expect(failed?.error).toMatch(/\S/);
    expect(failed?.data).toBe(before);
    await call('engagements:restore', { id: engagement.id });
    await store.load('retro', engagement.id);
    expect(useAppStore.getState().loaded.retro[engagement.id]).toEqual({ data: before });
  });

  it('an unknown engagement is an error, not empty data', async () => {
    await world();
    await useAppStore.getState().load('project', 'no-such-engagement');
    const entry = useAppStore.getState().loaded.project['no-such-engagement'];
    expect(entry?.data).toBeUndefined();
    expect(entry?.error).toMatch(/\S/);
  });

  it('change() applies a write to loaded data only, and leaves other keys alone', async () => {
    const { engagement, other } = await world();
    const store = useAppStore.getState();
    await store.load('retro', engagement.id);
    store.change('retro', other.id, (s) => ({ ...s, goals: [] }));
    expect(useAppStore.getState().loaded.retro[other.id]).toBeUndefined();
    const goal = await store.saveGoal(engagement.id, null, {
      kind: 'business',
      title: 'Ship',
      metric: '',
      baseline: '',
      target: '',
      productionAdoption: false,
    });
    expect(useAppStore.getState().dataOf('retro', engagement.id)?.goals).toEqual([goal]);
  });
});
