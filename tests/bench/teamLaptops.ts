import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMainServices, type MainServices } from '../../electron/services/mainServices';
import type { GitRunnerOptions } from '../../electron/team/gitRunner';
import type { Replica } from '../unit/electron/team/convergence/replica';
import { confStoreFactory } from '../unit/support/confStoreFactory';
import { isolatedGitEnv } from '../unit/support/gitEnv';
import { recordingPlatform } from '../unit/support/platform';

/** A clock the bench moves by hand, shared by the laptops of one run. */
export interface BenchClock {
  now: () => Date;
  set(ms: number): void;
  advance(ms: number): void;
}

export function benchClock(startIso: string): BenchClock {
  let current = Date.parse(startIso);
  return {
    now: () => new Date(current),
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** git for the bench: none of the machine's config (a global file of the run's own, no system file). */
export function benchGit(work: string): GitRunnerOptions {
  fs.mkdirSync(work, { recursive: true });
  return { env: isolatedGitEnv(work), timeoutMs: 120_000 };
}

export interface LaptopOptions {
  git: GitRunnerOptions;
  now?: () => Date;
  /** What new ids start with: the same run makes the same ids. */
  idPrefix?: string;
}

/** The real main services over `dataDir`, as the unit suite opens them (conf stores, a recording platform). */
export function openLaptop(dataDir: string, options: LaptopOptions): MainServices {
  let n = 0;
  const prefix = options.idPrefix ?? 'x';
  return createMainServices({
    dataDir,
    factory: confStoreFactory,
    platform: recordingPlatform({ saveDir: path.join(os.tmpdir(), 'aux-desk-bench-exports') }),
    ...(options.now ? { now: options.now } : {}),
    newId: () => `${prefix}-${++n}`,
    writeDelayMs: 60_000,
    git: options.git,
    // Commits happen when the bench says (a sync, a move), never on a timer.
    teamCommitQuietMs: 3_600_000,
    log: () => undefined,
  });
}

/** One drill laptop: its own data folder and workspace under `work`. */
export function drillReplica(
  work: string,
  name: string,
  identity: Replica['identity'],
  options: LaptopOptions,
): Replica {
  const services = openLaptop(path.join(work, `data-${name}`), { ...options, idPrefix: name });
  return { name, identity, workspace: path.join(work, `workspace-${name}`), services };
}

/** Writes what is pending and stops what runs in the background, before the folders go. */
export async function closeLaptop(services: MainServices): Promise<void> {
  services.stopBackground();
  services.team.stop();
  await services.team.idle();
  await services.flushAndWait(30_000);
  await services.mail.outbox.stop();
}
