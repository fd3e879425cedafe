import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../../renderer/store';
import { attempt, removeWithUndo, undoToast } from '../../../../renderer/store/writes';
import type { Toast } from '../../../../renderer/store/uiSlice';
import { validInput } from '../../support/fixtures';
import { installBridge, resetStoreAfterEach, settle } from './bridge';
import { openServices } from '../../support/services';
import { useTempDir } from '../../support/tempDir';

const GOAL = {
  kind: 'business',
  title: 'Ship',
  metric: 'users',
  baseline: '0',
  target: '10',
  productionAdoption: false,
} as const;

/** The newest toast's Undo, run as the Undo button (or Ctrl/Cmd+Z) runs it. */
function undoLast(): Toast {
  const toast = useAppStore.getState().toasts.at(-1);
  if (!toast?.action || toast.action.label !== 'Undo') throw new Error(`No Undo toast: ${JSON.stringify(toast)}`);
  toast.action.run();
  return toast;
}

describe('save, delete and undo-restore', () => {
  const tempDir = useTempDir();
  resetStoreAfterEach();

  async function world() {
    const harness = openServices(tempDir());
    installBridge(harness.services);
    const engagement = await harness.call('engagements:create', validInput());
    await useAppStore.getState().load('retro', engagement.id);
    return { ...harness, engagement };
  }

  it('undoToast is an info toast whose Undo runs the undo', () => {
    const runs: string[] = [];
    const toast = undoToast('Removed it.', () => runs.push('undo'));
    expect(toast).toMatchObject({ tone: 'info', message: 'Removed it.', action: { label: 'Undo' } });
    toast.action?.run();
    expect(runs).toEqual(['undo']);
  });

  it('attempt answers null and says why in the slices’ words when the write fails', async () => {
    const toasts: string[] = [];
    const push = (t: { message: string }) => toasts.push(t.message);
    expect(await attempt(push, 'Goal not saved', () => Promise.resolve(7))).toBe(7);
    expect(await attempt(push, 'Goal not saved', () => Promise.reject(new Error('disk full')))).toBeNull();
    expect(toasts).toEqual(['Goal not saved: disk full']);
  });

  it('a deleted goal leaves the screen and main, and Undo puts it back in both', async () => {
    const { engagement, call } = await world();
    const store = useAppStore.getState();
    const goal = await store.saveGoal(engagement.id, null, GOAL);
    await store.deleteGoal(engagement.id, goal?.id ?? '');
    expect(store.dataOf('retro', engagement.id)?.goals).toEqual([]);
    expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([]);
    expect(undoLast().message).toBe('Deleted the goal “Ship”.');
    await settle();
    expect(useAppStore.getState().dataOf('retro', engagement.id)?.goals).toEqual([goal]);
    expect((await call('retros:list', { engagementId: engagement.id })).goals).toEqual([goal]);
  });

  it('a delete main refuses offers no Undo and changes nothing', async () => {
    const { engagement } = await world();
    const before = useAppStore.getState().loaded;
    await useAppStore.getState().deleteGoal(engagement.id, 'no-such-goal');
    const toasts = useAppStore.getState().toasts;
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ tone: 'error' });
    expect(toasts[0]?.message).toMatch(/^Could not delete the goal: \S/);
    expect(toasts[0]?.action).toBeUndefined();
    expect(useAppStore.getState().loaded).toBe(before);
  });

  it('an Undo main refuses says so, and the record stays deleted', async () => {
    const { engagement, call } = await world();
    const store = useAppStore.getState();
    const retro = await store.createRetro(engagement.id, '2026-03-05');
    await store.deleteRetro(engagement.id, retro?.id ?? '');
    expect(useAppStore.getState().view).toEqual({ kind: 'engagement', id: engagement.id, section: 'retros' });
    await call('engagements:delete', { id: engagement.id });
    undoLast();
    await settle();
    expect(useAppStore.getState().toasts.at(-1)?.message).toMatch(/^Could not restore the retro: \S/);
    expect(useAppStore.getState().dataOf('retro', engagement.id)?.retros[0]?.deletedAt).not.toBeNull();
  });

  it('removeWithUndo runs the steps in order: remove, show gone, offer Undo; Undo restores, then shows it back', async () => {
    const steps: string[] = [];
    const toasts: Omit<Toast, 'id' | 'createdAt'>[] = [];
    await removeWithUndo((t) => toasts.push(t), {
      remove: () => Promise.resolve({ id: 'x' }).finally(() => steps.push('remove')),
      failure: 'Could not delete',
      removed: (gone) => void steps.push(`removed ${gone.id}`),
      message: (gone) => `Deleted ${gone.id}.`,
      restore: (gone) => Promise.resolve(`${gone.id} back`).finally(() => steps.push('restore')),
      restoreFailure: 'Could not restore',
      restored: (back) => void steps.push(`restored: ${back}`),
    });
    expect(steps).toEqual(['remove', 'removed x']);
    expect(toasts.map((t) => t.message)).toEqual(['Deleted x.']);
    toasts[0]?.action?.run();
    await settle();
    expect(steps).toEqual(['remove', 'removed x', 'restore', 'restored: x back']);
  });
});
