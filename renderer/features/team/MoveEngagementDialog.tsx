import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import type { MoveTarget } from '../../store/teamSlice';
import { STAYS_ON_THIS_LAPTOP } from './teamWords';

interface MoveEngagementDialogProps {
  engagementId: string;
  name: string;
  to: MoveTarget;
  onClose: () => void;
}

/** The confirmation before an engagement moves into the team workspace or back out: what happens, in words. */
export function MoveEngagementDialog({ engagementId, name, to, onClose }: MoveEngagementDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const move = useAppStore((s) => s.moveEngagement);
  const pushToast = useAppStore((s) => s.pushToast);
  const dir = useAppStore((s) => s.team.workspace?.dir ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const sharing = to === 'workspace';
  const action = sharing ? 'Share with the team' : 'Keep on this laptop only';

  const confirm = async () => {
    setBusy(true);
    const moved = await move(engagementId, to);
    setBusy(false);
    if (!moved) return;
    pushToast({
      tone: 'info',
      message: sharing
        ? `“${name}” is in the team workspace; the next sync sends it to the team.`
        : `“${name}” is on this laptop only; the next sync takes it out of the team workspace.`,
    });
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog team-move" aria-labelledby="team-move-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="team-move-title" className="dialog__title">
          {sharing ? `Share “${name}” with the team?` : `Keep “${name}” on this laptop only?`}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="team-move__body">
        {sharing ? (
          <p>
            Everything recorded for it (details, people, goals, retros and their notes, the planner, the project retro)
            moves into the team workspace in <code>{dir}</code>. The next sync sends it to the team’s remote: everyone
            who has joined the workspace can read and edit it, and git keeps every version with who made it.
          </p>
        ) : (
          <p>
            It moves out of the team workspace, back to this laptop’s own data folder, with everything recorded for it.
            The next sync removes it from the workspace, so your teammates no longer see it or your changes; its earlier
            versions stay in the workspace’s git history.
          </p>
        )}
        <p className="muted">{STAYS_ON_THIS_LAPTOP}</p>
        <div className="team-move__actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Moving…' : action}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
