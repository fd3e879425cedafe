import { useAppStore } from '../../store';
import { WorkspaceDetails } from './WorkspaceDetails';
import { STAYS_ON_THIS_LAPTOP } from './teamWords';
import { WorkspaceForm } from './WorkspaceForm';
import './teamSettings.css';

/**
 * Settings › Team: with no workspace, create one or join the team's; with one, where it is,
 * where it syncs to, Sync now, the branches that kept records after a rewrite, and who commits.
 */
export function TeamSettings() {
  const status = useAppStore((s) => s.team);
  const error = useAppStore((s) => s.teamError);
  return (
    <section className="form__section team-settings" aria-labelledby="settings-team">
      <h2 id="settings-team" className="form__section-title">
        Team
      </h2>
      <p className="muted">
        Share engagements with your team through the team’s own git host. Everything works offline; changes go when you
        sync. {STAYS_ON_THIS_LAPTOP}
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          The team workspace could not be read: {error}
        </p>
      ) : null}
      {status.workspace ? (
        <WorkspaceDetails status={status} workspace={status.workspace} />
      ) : (
        <>
          <WorkspaceForm mode="create" />
          <WorkspaceForm mode="join" />
        </>
      )}
    </section>
  );
}
