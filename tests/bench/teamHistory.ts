import fs from 'node:fs';
import path from 'node:path';
import type { MainServices } from '../../electron/services/mainServices';
import type { InvokeChannel } from '../../shared/channels';
import type { RequestOf, ResponseOf } from '../../shared/ipc';
import type { GitHttpServer } from '../unit/support/gitHttpServer';
import { must, type Replica } from '../unit/electron/team/convergence/replica';
import type { Dataset, DatasetSpec } from './dataset';
import { copyDataset } from './folders';
import { benchClock, benchGit, openLaptop } from './teamLaptops';

/** The team's history of the bench (issue 15): 10 engineers, 100 engagements over 10 years. */
export const TEAM_HISTORY: DatasetSpec = {
  engagements: 100,
  retrosPerEngagement: 12,
  wordsPerRetro: 800,
  weeksPerEngagement: 20,
  bigMilestones: 0,
  actionItemsPerRetro: 2,
  bigNoteWords: 800,
  seed: 20_160_104,
  years: 10,
  start: '2016-01-04',
  engineers: 10,
};

/** The smoke run's (BENCH_TINY=1). */
export const TEAM_TINY: DatasetSpec = {
  engagements: 4,
  retrosPerEngagement: 2,
  wordsPerRetro: 60,
  weeksPerEngagement: 3,
  bigMilestones: 0,
  actionItemsPerRetro: 1,
  bigNoteWords: 60,
  seed: 7,
  years: 1,
  start: '2025-01-06',
  engineers: 3,
};

export interface TeamHistory {
  remote: string;
  /** The laptop that wrote the history, still open, with its workspace. */
  seeder: Replica;
  commits: number;
  authors: number;
}

/** Calls a channel of a laptop and expects it to work. */
export function callOn<C extends InvokeChannel>(
  services: MainServices,
  channel: C,
  payload: RequestOf<C>,
): Promise<ResponseOf<C>> {
  return must(
    { name: 'bench', identity: { name: 'Bench', email: 'bench@example.com' }, workspace: '', services },
    channel,
    payload,
  );
}

/**
 * Writes the team's history into a remote served over loopback HTTP: the generated data
 * folder opened as one laptop, which starts the workspace and shares its engagements one by
 * one in the order they ran, each committed by the engagement's first engineer at its end
 * date (so the history has as many commits as engagements, by each of the engineers, over
 * the years), then pushes it all.
 */
export async function writeTeamHistory(dataset: Dataset, work: string, server: GitHttpServer): Promise<TeamHistory> {
  fs.rmSync(work, { recursive: true, force: true });
  const dataDir = path.join(work, 'data-seeder');
  copyDataset(dataset.dir, dataDir);
  const clock = benchClock('2016-01-01T09:00:00.000Z');
  const services = openLaptop(dataDir, { git: benchGit(path.join(work, 'git')), now: clock.now, idPrefix: 'seed' });
  server.createBare('team.git');
  const remote = server.url('team.git');
  const workspace = path.join(work, 'workspace-seeder');
  const authors = new Set<string>();
  let identity = { name: 'Engineer 1', email: 'engineer1@example.com' };
  await callOn(services, 'team:create', { dir: workspace, remote, identity });
  for (const id of dataset.engagementIds) {
    const { engagement } = services.engagements.readDoc(id);
    const lead = engagement.people[0];
    if (lead) identity = { name: lead.name, email: lead.email };
    authors.add(identity.email);
    clock.set(Date.parse(`${engagement.endDate}T17:00:00.000Z`));
    await callOn(services, 'team:setIdentity', identity);
    await callOn(services, 'team:move', { engagementId: id, to: 'workspace' });
  }
  const pushed = await callOn(services, 'team:sync', {});
  if (pushed.state !== 'up-to-date') throw new Error(`The history was not pushed: ${pushed.message ?? pushed.state}`);
  return {
    remote,
    seeder: { name: 'seeder', identity, workspace, services },
    commits: dataset.engagementIds.length,
    authors: authors.size,
  };
}
