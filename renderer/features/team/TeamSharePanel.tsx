import { useState } from 'react';
import { useAppStore } from '../../store';
import type { MoveTarget } from '../../store/teamSlice';
import { MoveEngagementDialog } from './MoveEngagementDialog';
import { useIsShared } from './SharedTag';
import './teamShare.css';

/**
 * On an engagement's Overview, once this laptop has a team workspace: whether the engagement
 * is shared, and the one action that changes it (after a confirmation that says what happens).
 */
export function TeamSharePanel({ engagementId, name }: { engagementId: string; name: string }) {
  const hasWorkspace = useAppStore((s) => s.team.workspace !== null);
  const shared = useIsShared(engagementId);
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  if (!hasWorkspace) return null;
  return (
    <section className="panel team-share" aria-labelledby="team-share-title">
      <h3 id="team-share-title" className="panel__title">
        Team
      </h3>
      <div className="team-share__row">
        <p className="team-share__text">
          {shared
            ? 'Shared with the team: it lives in the team workspace and syncs with everyone who has joined it.'
            : 'On this laptop only: your team does not see it.'}
        </p>
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => setMoving(shared ? 'personal' : 'workspace')}
        >
          {shared ? 'Keep on this laptop only…' : 'Share with the team…'}
        </button>
      </div>
      {moving ? (
        <MoveEngagementDialog engagementId={engagementId} name={name} to={moving} onClose={() => setMoving(null)} />
      ) : null}
    </section>
  );
}
