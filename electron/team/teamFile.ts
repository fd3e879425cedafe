import { z } from 'zod';
import { TeamIdentitySchema } from '../../shared/ipc/team';
import { migrateSimpleFile } from '../../shared/model/migrations';
import { StoreDocument, type StoreDocumentDeps } from '../services/documents';
import type { WriteQueue } from '../services/writeQueue';

export const TEAM_FILE_VERSION = 1;

/**
 * team.json, in the data folder (personal: it never enters the workspace): where this
 * laptop's team workspace is, who commits, and what the last sync saw of the remote (so
 * a rewritten remote history is noticed).
 */
export const TeamFileSchema = z
  .object({
    schemaVersion: z.literal(TEAM_FILE_VERSION),
    workspaceDir: z.string().max(1000).nullable(),
    identity: TeamIdentitySchema.nullable(),
    lastSyncAt: z.string().max(40).nullable(),
    /** The remote's main as the last sync left it. */
    lastRemote: z
      .string()
      .regex(/^[0-9a-f]{40,64}$/)
      .nullable(),
    /** Branches keeping this laptop's history after the remote was rewritten. */
    kept: z.array(z.string().max(200)).max(100),
  })
  .strict();
export type TeamFile = z.infer<typeof TeamFileSchema>;

export const EMPTY_TEAM_FILE: TeamFile = {
  schemaVersion: TEAM_FILE_VERSION,
  workspaceDir: null,
  identity: null,
  lastSyncAt: null,
  lastRemote: null,
  kept: [],
};

export function openTeamFile(deps: StoreDocumentDeps & { queue: WriteQueue }): StoreDocument<TeamFile> {
  const file = new StoreDocument<TeamFile>(deps, {
    name: 'team',
    schema: TeamFileSchema,
    migrate: (data) => migrateSimpleFile(data, TEAM_FILE_VERSION),
    fallback: EMPTY_TEAM_FILE,
    coalesce: { queue: deps.queue, key: 'team' },
  });
  file.open();
  return file;
}
