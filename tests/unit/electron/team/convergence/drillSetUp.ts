import { execFileSync } from 'node:child_process';
import { validInput } from '../../../support/fixtures';
import type { EditLog } from './editLog';
import { DRILL_DATES } from './engagementEdits';
import { must, type Replica } from './replica';

/** The laptop's last commit (what a round of syncs compares to tell it changed nothing). */
export function headOf(replica: Replica): string {
  return execFileSync('git', ['rev-parse', '-q', '--verify', 'HEAD'], {
    cwd: replica.workspace,
    encoding: 'utf8',
  }).trim();
}

const GOAL = {
  kind: 'business',
  title: 'Deploys',
  metric: '',
  baseline: '',
  target: '',
  productionAdoption: false,
} as const;

/** The first laptop starts the workspace with two engagements (two retros and a goal each); the others join it. */
export async function setUpTeam(replicas: Replica[], remote: string, log: EditLog): Promise<void> {
  const [first, ...others] = replicas;
  if (!first) throw new Error('The drill needs laptops');
  await must(first, 'team:create', { dir: first.workspace, remote, identity: first.identity });
  for (const name of ['Checkout', 'Search']) {
    const { id } = await must(first, 'engagements:create', validInput({ name, ...DRILL_DATES }));
    for (const date of ['2026-03-05', '2026-03-12']) await must(first, 'retros:create', { engagementId: id, date });
    await must(first, 'goals:save', { engagementId: id, goalId: null, input: GOAL });
    await must(first, 'team:move', { engagementId: id, to: 'workspace' });
    log.create({ kind: 'engagement', engagementId: id, id, replica: first.name, step: 0 });
  }
  await must(first, 'team:sync', {});
  for (const replica of others) {
    const joined = await must(replica, 'team:join', { dir: replica.workspace, remote, identity: replica.identity });
    if (joined.state !== 'up-to-date') {
      throw new Error(`${replica.name} could not join: ${joined.state} ${joined.message ?? ''}`);
    }
  }
}
