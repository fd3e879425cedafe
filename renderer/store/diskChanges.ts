import { invoke } from '../api';
import type { EventPayloadOf } from '../../shared/ipc';
import { draftFrom, sameDraft } from './engagementDraft';
import { useAppStore } from './index';
import type { LoadKind } from './loader';

const KINDS: LoadKind[] = ['retro', 'project', 'lifecycle', 'planner'];

function sentence({ name, how }: EventPayloadOf<'engagement-changed'>): string {
  if (how === 'removed')
    return `“${name}” was deleted from the data folder by another program, so it is gone here too.`;
  if (how === 'added')
    return `“${name}” appeared in the data folder (a sync, or another copy of Aux Desk) and was added.`;
  return `“${name}” was changed outside Aux Desk (a sync tool, git or an editor): it now shows that version.`;
}

/**
 * Main read an engagement's folder again after something else changed it: say so, and
 * show the new version. The list and whatever of that engagement is loaded are fetched
 * again; an edit of its details the user has not saved is kept as the draft, never
 * replaced (Save then writes it, and the writer keeps both versions if they clash).
 */
export async function applyDiskChange(change: EventPayloadOf<'engagement-changed'>): Promise<void> {
  useAppStore.getState().pushToast({ tone: 'info', message: sentence(change) });
  if (change.how === 'removed') return useAppStore.getState().loadList();
  await refreshEngagement(change.engagementId);
}

/** Fetches the list and whatever of one engagement is loaded again, keeping an unsaved details draft. */
export async function refreshEngagement(id: string): Promise<void> {
  const store = useAppStore.getState();
  await store.loadList();
  await Promise.all(KINDS.filter((kind) => store.loaded[kind][id] !== undefined).map((kind) => store.load(kind, id)));
  if (!useAppStore.getState().engagements[id]) return;
  const engagement = await invoke('engagements:get', { id }).catch(() => null);
  if (!engagement) return;
  useAppStore.setState((state) => {
    const saved = state.engagements[id];
    const draft = state.drafts[id];
    const untouched = !draft || (saved !== undefined && sameDraft(draftFrom(saved), draft));
    return {
      engagements: { ...state.engagements, [id]: engagement },
      drafts: untouched ? { ...state.drafts, [id]: draftFrom(engagement) } : state.drafts,
    };
  });
}
