import type { Engagement } from '../../../../shared/model/engagement';
import { EngagementFileSchema } from '../../../../shared/model/files';
import type { GoalInput, Retro } from '../../../../shared/model/retro';
import { validInput } from '../../support/fixtures';
import { openServices, type Harness, type HarnessOptions } from '../../support/services';
import { engagementFolder, folderBytes, readEngagementFolder } from '../../support/engagementFolder';
import { useTempDir } from '../../support/tempDir';

/** Shared setup of the retros.*.test.ts files: real files in a temp dir, reached through IPC dispatch. */

export function goalInput(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    kind: 'technical',
    title: 'Deploys take under 10 minutes',
    metric: 'p50 deploy time',
    baseline: '45 min',
    target: '10 min',
    productionAdoption: false,
    ...overrides,
  };
}

/** Call at describe level: a fresh temp dir per test, and ways to read what was written to it. */
export function useRetrosWorld() {
  const tempDir = useTempDir();
  /** The engagement's folder (layout 10); `folderBytes` tells whether anything in it changed. */
  const engagementPath = (id: string) => engagementFolder(tempDir(), id);
  const readEngagementFile = (id: string) => EngagementFileSchema.parse(readEngagementFolder(tempDir(), id));
  const bytesOf = (id: string) => folderBytes(tempDir(), id);
  const storedRetro = (engagementId: string, retroId: string): Retro => {
    const found = readEngagementFile(engagementId).retro.retros.find((r) => r.id === retroId);
    if (!found) throw new Error(`retro ${retroId} is not in the file`);
    return found;
  };

  /** Opens services over the temp dir with one engagement (two people) in it, flushed to disk. */
  async function withEngagement(options: HarnessOptions = {}): Promise<Harness & { engagement: Engagement }> {
    const harness = openServices(tempDir(), options);
    const engagement = await harness.call('engagements:create', validInput());
    await harness.settle();
    return { ...harness, engagement };
  }

  return { tempDir, engagementPath, bytesOf, readEngagementFile, storedRetro, withEngagement };
}
