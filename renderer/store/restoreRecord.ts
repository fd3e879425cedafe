import { invoke, messageOf } from '../api';
import type { StartupProblem } from '../../shared/ipc';
import { refreshEngagement } from './diskChanges';
import { useAppStore } from './index';

/**
 * The banner's "Restore from the snapshot of …": main puts the newest good copy of a
 * quarantined record back in its engagement's folder; the problem leaves the banner and
 * the engagement shows the record again. A refusal is shown in words, the problem stays.
 */
export async function restoreProblemRecord(problem: StartupProblem): Promise<void> {
  const { engagementId, record } = problem;
  if (engagementId === undefined || record === undefined) return;
  const store = useAppStore.getState();
  try {
    const { snapshot } = await invoke('app:restoreRecord', { engagementId, record });
    useAppStore.setState((state) => ({
      problems: state.problems.filter((p) => !(p.engagementId === engagementId && p.record === record)),
    }));
    const what = problem.message.split(' could not be read')[0] ?? 'The record';
    store.pushToast({ tone: 'info', message: `${what} was restored from the snapshot of ${snapshot}.` });
    await refreshEngagement(engagementId);
  } catch (error) {
    store.pushToast({ tone: 'error', message: `Could not restore it: ${messageOf(error)}` });
  }
}
