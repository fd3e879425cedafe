import type { z } from 'zod';
import { fieldErrorsOf, type RequestOf } from '../../../shared/ipc';
import { teamChannels } from '../../../shared/ipc/team';
import { teamFormField } from '../../store/teamSlice';

/** Create starts a workspace here (the remote is optional); join clones the team's. */
export type WorkspaceMode = 'create' | 'join';

/** The create and join forms as typed: every field a string. */
export interface WorkspaceDraft {
  dir: string;
  remote: string;
  name: string;
  email: string;
}

export type Checked<T> = { ok: true; request: T } | { ok: false; errors: Record<string, string> };

export function emptyWorkspaceDraft(identity: { name: string; email: string } | null): WorkspaceDraft {
  return { dir: '', remote: '', name: identity?.name ?? '', email: identity?.email ?? '' };
}

/** Checks with the contract's own schema, so a mistake shows beside its field before main is asked. */
function checked<T>(schema: z.ZodType<T>, request: unknown): Checked<T> {
  const parsed = schema.safeParse(request);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors = fieldErrorsOf(parsed.error);
  return { ok: false, errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [teamFormField(k), v])) };
}

/** "Create a team workspace": an empty remote means none (the workspace is then a git repository here only). */
export function createRequest(draft: WorkspaceDraft): Checked<RequestOf<'team:create'>> {
  const remote = draft.remote.trim() === '' ? null : draft.remote;
  return checked(teamChannels['team:create'].request, {
    dir: draft.dir,
    remote,
    identity: { name: draft.name, email: draft.email },
  });
}

/** "Join a team workspace": the remote to clone is required. */
export function joinRequest(draft: WorkspaceDraft): Checked<RequestOf<'team:join'>> {
  return checked(teamChannels['team:join'].request, {
    dir: draft.dir,
    remote: draft.remote,
    identity: { name: draft.name, email: draft.email },
  });
}
