import { formatDayTime } from '../../../shared/dates';
import type { TeamStatus } from '../../../shared/ipc/team';
import { useAppStore } from '../../store';
import { IdentityForm } from './IdentityForm';
import { KeptBranches } from './KeptBranches';
import { syncWords } from './syncWords';
import { syncWithTeam } from './teamSync';

type Workspace = NonNullable<TeamStatus['workspace']>;

const formatMoment = (iso: string) => formatDayTime(new Date(iso));

/** The workspace on this laptop: where it is, where it syncs to, how it stands, and who commits. */
export function WorkspaceDetails({ status, workspace }: { status: TeamStatus; workspace: Workspace }) {
  const openConflicts = useAppStore((s) => s.setConflictsOpen);
  const words = syncWords(status, formatMoment);
  const shared = workspace.engagementIds.length;
  return (
    <>
      <dl className="team-details">
        <div className="team-details__row">
          <dt>Folder</dt>
          <dd>
            <code>{workspace.dir}</code>
          </dd>
        </div>
        <div className="team-details__row">
          <dt>Remote</dt>
          <dd>
            {workspace.remote ? (
              <code>{workspace.remote}</code>
            ) : (
              'None: the workspace is a git repository on this laptop only.'
            )}
          </dd>
        </div>
        <div className="team-details__row">
          <dt>Shared engagements</dt>
          <dd>
            {shared === 0
              ? 'None yet: share one from its Overview.'
              : shared === 1
                ? '1 engagement'
                : `${shared} engagements`}
          </dd>
        </div>
        <div className="team-details__row">
          <dt>Sync</dt>
          <dd>{words ? `${words.label}. ${words.detail}` : null}</dd>
        </div>
      </dl>
      <div className="form__actions form__actions--inline">
        <button
          type="button"
          className="button button--primary"
          disabled={status.state === 'syncing'}
          onClick={() => void syncWithTeam()}
        >
          {status.state === 'syncing' ? 'Syncing…' : 'Sync now'}
        </button>
        {status.conflicts > 0 ? (
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => openConflicts(true)}>
            Show conflicts
          </button>
        ) : null}
      </div>
      <KeptBranches kept={status.kept} />
      <IdentityForm
        key={`${status.identity?.name ?? ''}<${status.identity?.email ?? ''}>`}
        identity={status.identity}
      />
    </>
  );
}
