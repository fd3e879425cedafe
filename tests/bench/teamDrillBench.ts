import fs from 'node:fs';
import path from 'node:path';
import {
  divergence,
  leftovers,
  lostEdits,
  missingRecords,
  staleMarkdown,
} from '../unit/electron/team/convergence/drillChecks';
import { readConflicts } from '../../electron/team/conflictStore';
import { runDrill } from '../unit/electron/team/convergence/drillRun';
import { startGitHttpServer } from '../unit/support/gitHttpServer';
import { round } from './stats';
import { benchClock, benchGit, closeLaptop, drillReplica } from './teamLaptops';

/**
 * The unit suite's convergence drill (tests/unit/electron/team/teamConvergence.test.ts) with
 * more edits: three laptops over a loopback HTTP remote, the server taken down now and then.
 * Its figures: how long it took, what it did, and how many problems the checks found (none
 * is the goal; the first ones are kept to read).
 */
export async function measureDrill(work: string, edits: number, seed: number) {
  fs.rmSync(work, { recursive: true, force: true });
  const server = await startGitHttpServer(path.join(work, 'remotes'));
  server.createBare('team.git');
  const clock = benchClock('2026-03-05T10:00:00.000Z');
  const options = { git: benchGit(path.join(work, 'git')), now: clock.now };
  const replicas = [
    ['A', 'Ana'],
    ['B', 'Ben'],
    ['C', 'Cleo'],
  ].map(([short = '', name = '']) =>
    drillReplica(work, short, { name, email: `${name.toLowerCase()}@example.com` }, options),
  );
  try {
    const t0 = performance.now();
    const { log, stats } = await runDrill(replicas, {
      seed,
      edits,
      syncChance: 0.06,
      remote: server.url('team.git'),
      network: server,
      advanceClock: () => clock.advance(7_000),
    });
    const seconds = (performance.now() - t0) / 1000;
    const [first] = replicas;
    if (!first) throw new Error('no laptops');
    const problems = [
      ...stats.badSyncs,
      ...stats.refusals,
      ...divergence(replicas),
      ...leftovers(replicas),
      ...staleMarkdown(first),
      ...lostEdits(first, log),
      ...missingRecords(first, log),
    ];
    return {
      seed,
      seconds: round(seconds, 1),
      edits: stats.edits,
      steps: stats.steps,
      syncs: stats.syncs,
      offlineSyncs: stats.offlineSyncs,
      commits: stats.commits,
      resolutions: stats.resolutions,
      conflictsPeak: stats.conflictsPeak,
      finalRounds: stats.finalRounds,
      syncMsEach: round(stats.syncMs / Math.max(1, stats.syncs), 0),
      fieldsWritten: log.edits.length,
      created: log.created.length,
      conflictsSeen: log.seen.size,
      conflictsLeft: readConflicts(first.workspace).length,
      problems: problems.length,
      firstProblems: problems.slice(0, 10),
    };
  } finally {
    for (const replica of replicas) await closeLaptop(replica.services);
    await server.stop();
  }
}
