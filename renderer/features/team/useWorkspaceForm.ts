import { useState, type SubmitEvent } from 'react';
import { useAppStore } from '../../store';
import {
  createRequest,
  emptyWorkspaceDraft,
  joinRequest,
  type WorkspaceDraft,
  type WorkspaceMode,
} from './workspaceDraft';

export interface WorkspaceForm {
  draft: WorkspaceDraft;
  errors: Record<string, string>;
  busy: boolean;
  set: (patch: Partial<WorkspaceDraft>) => void;
  chooseFolder: () => Promise<void>;
  submit: (event: SubmitEvent) => Promise<void>;
}

/**
 * The create or join form's state: checked with the contract before main is asked, then main's
 * own refusals (a folder that is not empty, a remote that cannot be reached) beside the fields.
 * On success the store holds the workspace and Settings › Team shows it instead of the forms.
 */
export function useWorkspaceForm(mode: WorkspaceMode): WorkspaceForm {
  const identity = useAppStore((s) => s.team.identity);
  const choose = useAppStore((s) => s.chooseTeamFolder);
  const createTeam = useAppStore((s) => s.createTeam);
  const joinTeam = useAppStore((s) => s.joinTeam);
  const pushToast = useAppStore((s) => s.pushToast);
  const [draft, setDraft] = useState(() => emptyWorkspaceDraft(identity));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<WorkspaceDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const chooseFolder = async () => {
    const dir = await choose();
    if (dir !== null) set({ dir });
  };

  const send = async () => {
    if (mode === 'create') {
      const checked = createRequest(draft);
      return checked.ok ? createTeam(checked.request) : checked;
    }
    const checked = joinRequest(draft);
    return checked.ok ? joinTeam(checked.request) : checked;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    pushToast({
      tone: 'info',
      message:
        mode === 'create'
          ? `The team workspace is ready in ${result.value.workspace?.dir ?? draft.dir}.`
          : `Joined the team workspace: its engagements are in ${result.value.workspace?.dir ?? draft.dir}.`,
    });
  };

  return { draft, errors, busy, set, chooseFolder, submit };
}
