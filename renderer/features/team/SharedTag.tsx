import { useAppStore } from '../../store';
import './team.css';

/** Whether an engagement lives in the team workspace (shared), as main last said. */
export function useIsShared(engagementId: string): boolean {
  return useAppStore((s) => s.team.workspace?.engagementIds.includes(engagementId) ?? false);
}

/** "Shared", beside the status of an engagement that lives in the team workspace. */
export function SharedTag({ engagementId }: { engagementId: string }) {
  const shared = useIsShared(engagementId);
  if (!shared) return null;
  return <span className="tag tag--shared">Shared</span>;
}
