import { useId } from 'react';
import { FolderField, IdentityFields, TeamTextField } from './teamFields';
import { useWorkspaceForm } from './useWorkspaceForm';
import type { WorkspaceMode } from './workspaceDraft';

const WORDS = {
  create: {
    title: 'Create a team workspace',
    intro:
      'Start the team’s shared workspace: a git repository in a folder of your choice. Then share engagements with the team from their Overview.',
    folderHint: 'An empty or new folder. Aux Desk makes it a git repository.',
    remoteLabel: 'Remote URL (optional)',
    remoteHint:
      'An empty repository on the team’s git host (GitHub, GitLab, Gitea, a server): https://…, ssh://… or git@host:team/aux.git. Git signs in as it already does on this laptop; Aux Desk stores no password.',
    busy: 'Creating…',
    wait: 'Making the repository and sending it to the remote…',
  },
  join: {
    title: 'Join a team workspace',
    intro: 'A teammate has already created the workspace: copy it to this laptop from the team’s git host.',
    folderHint: 'An empty or new folder: the team’s workspace is copied into it.',
    remoteLabel: 'Remote URL',
    remoteHint:
      'The address of the team’s repository, as your teammate gave it: https://…, ssh://… or git@host:team/aux.git.',
    busy: 'Joining…',
    wait: 'Copying the team’s workspace; on a large history this can take a minute…',
  },
} as const;

/** "Create a team workspace" or "Join a team workspace", in the settings' form style. */
export function WorkspaceForm({ mode }: { mode: WorkspaceMode }) {
  const titleId = useId();
  const words = WORDS[mode];
  const { draft, errors, busy, set, chooseFolder, submit } = useWorkspaceForm(mode);
  const folder = (
    <FolderField
      value={draft.dir}
      onChange={(dir) => set({ dir })}
      onChoose={() => void chooseFolder()}
      error={errors['dir']}
      hint={words.folderHint}
    />
  );
  const remote = (
    <TeamTextField
      className="form__wide"
      label={words.remoteLabel}
      value={draft.remote}
      placeholder="git@github.com:your-team/aux-desk.git"
      hint={words.remoteHint}
      error={errors['remote']}
      onChange={(value) => set({ remote: value })}
    />
  );
  return (
    <form className="form team-form" noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
      <section className="form__section">
        <h3 id={titleId} className="team-form__title">
          {words.title}
        </h3>
        <p className="muted">{words.intro}</p>
        {errors['_'] ? (
          <p className="notice notice--error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="form__grid">
          {/* Create starts from the folder; join from the address the team gave. */}
          {mode === 'create' ? (
            <>
              {folder}
              {remote}
            </>
          ) : (
            <>
              {remote}
              {folder}
            </>
          )}
          <IdentityFields name={draft.name} email={draft.email} errors={errors} onChange={set} />
        </div>
        <p className="field__hint">Git records your name and email on each change you make in the workspace.</p>
        <div className="form__actions form__actions--inline">
          <button type="submit" className={`button ${mode === 'create' ? 'button--primary' : ''}`} disabled={busy}>
            {busy ? words.busy : words.title}
          </button>
          {busy ? (
            <span className="muted" role="status">
              {words.wait}
            </span>
          ) : null}
        </div>
      </section>
    </form>
  );
}
