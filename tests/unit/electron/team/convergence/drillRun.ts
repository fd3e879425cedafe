import { readConflicts } from '../../../../../electron/team/conflictStore';
import { mulberry32 } from '../../../support/prng';
import { EditLog } from './editLog';
import { drawEdit } from './drillEdits';
import { headOf, setUpTeam } from './drillSetUp';
import type { EditContext } from './recordEdits';
import { must, type Replica } from './replica';
import { resolveOne } from './resolveEdit';

/** The team's server, which the drill takes down for a while (every sync then finds it offline). */
export interface DrillNetwork {
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export interface DrillOptions {
  seed: number;
  /** Acknowledged edits to make (syncs, commits and resolutions come on top). */
  edits: number;
  /** The chance that a step is a sync of the laptop drawn (else an edit, a commit or a resolution). */
  syncChance: number;
  remote: string;
  network: DrillNetwork | null;
  /** Moves the laptops' shared clock on: every step happens at a later time. */
  advanceClock: () => void;
  /** Weights by edit name that replace the usual ones (0 leaves an edit out). */
  weights?: Partial<Record<string, number>>;
  /** Told what a step did, for a log to read when the drill fails (the seed and step reproduce it). */
  trace?: (line: string) => void;
}

export interface DrillStats {
  steps: number;
  edits: number;
  syncs: number;
  offlineSyncs: number;
  commits: number;
  resolutions: number;
  /** The most conflicts a laptop showed at once. */
  conflictsPeak: number;
  finalRounds: number;
  /** Time spent in syncs, commits and edits (the rest is the resolutions and the drill itself). */
  syncMs: number;
  commitMs: number;
  editMs: number;
  refusals: string[];
  /** Syncs that answered otherwise than the network allowed (a failure, or not offline with the server down). */
  badSyncs: string[];
}

/** A quiet state must come within this many rounds of every laptop syncing once. */
const FINAL_ROUNDS = 6;

function emptyStats(): DrillStats {
  return {
    steps: 0,
    edits: 0,
    syncs: 0,
    offlineSyncs: 0,
    commits: 0,
    resolutions: 0,
    conflictsPeak: 0,
    finalRounds: 0,
    syncMs: 0,
    commitMs: 0,
    editMs: 0,
    refusals: [],
    badSyncs: [],
  };
}

/** One run of the drill: its dice, its log, and who is offline for how many more steps. */
class Drill {
  readonly rng: () => number;
  readonly log = new EditLog();
  readonly stats = emptyStats();
  readonly ctx: EditContext;
  #serverDownFor = 0;
  readonly #offlineFor = new Map<string, number>();

  constructor(
    readonly replicas: Replica[],
    readonly options: DrillOptions,
  ) {
    this.rng = mulberry32(options.seed);
    this.ctx = {
      rng: this.rng,
      log: this.log,
      step: 0,
      refused: (replica, channel, message) =>
        this.stats.refusals.push(`step ${this.ctx.step} ${replica.name} ${channel}: ${message}`),
    };
  }

  trace(line: string): void {
    this.options.trace?.(`${this.ctx.step} ${line}`);
  }

  async sync(replica: Replica): Promise<void> {
    const serverUp = this.#serverDownFor === 0;
    const t0 = performance.now();
    const status = await must(replica, 'team:sync', {});
    const { stats } = this;
    stats.syncMs += performance.now() - t0;
    stats.syncs += 1;
    stats.conflictsPeak = Math.max(stats.conflictsPeak, status.conflicts);
    const fine = serverUp ? status.state === 'up-to-date' || status.state === 'conflict' : status.state === 'offline';
    if (!serverUp && status.state === 'offline') stats.offlineSyncs += 1;
    if (!fine) stats.badSyncs.push(`step ${this.ctx.step} ${replica.name}: ${status.state} (${status.message ?? ''})`);
    for (const conflict of readConflicts(replica.workspace)) {
      if (!this.log.seen.has(conflict.id)) {
        this.log.seen.set(conflict.id, { step: this.ctx.step, replica: replica.name, conflict });
      }
    }
    this.trace(`${replica.name} sync → ${status.state}, ${status.conflicts} conflicts, ${status.toSend} to send`);
  }

  /** The server goes down now and then for everyone; each laptop goes offline now and then on its own. */
  async weather(): Promise<void> {
    const { network } = this.options;
    if (network && this.#serverDownFor === 0 && this.rng() < 0.006) {
      this.#serverDownFor = 5 + Math.floor(this.rng() * 40);
      await network.stop();
      this.trace(`server down for ${this.#serverDownFor} steps`);
    } else if (network && this.#serverDownFor > 0 && --this.#serverDownFor === 0) {
      await network.restart();
      this.trace('server up');
    }
    for (const replica of this.replicas) {
      const left = this.#offlineFor.get(replica.name) ?? 0;
      if (left > 0) this.#offlineFor.set(replica.name, left - 1);
      else if (this.rng() < 0.008) this.#offlineFor.set(replica.name, 10 + Math.floor(this.rng() * 60));
    }
  }

  /** One step on a laptop drawn at random: a sync (unless it is offline), a commit, a resolution or an edit. */
  async step(): Promise<void> {
    this.ctx.step = ++this.stats.steps;
    this.options.advanceClock();
    await this.weather();
    const replica = this.replicas[Math.floor(this.rng() * this.replicas.length)];
    if (!replica) return;
    const roll = this.rng();
    const { syncChance } = this.options;
    if (roll < syncChance) {
      if ((this.#offlineFor.get(replica.name) ?? 0) === 0) await this.sync(replica);
    } else if (roll < syncChance + 0.02) {
      const t0 = performance.now();
      await replica.services.team.commitNow();
      this.stats.commitMs += performance.now() - t0;
      this.stats.commits += 1;
    } else if (roll < syncChance + 0.04) {
      if (await resolveOne(replica, this.ctx)) this.stats.resolutions += 1;
    } else {
      const [name, edit] = drawEdit(this.rng, this.options.weights ?? {});
      const t0 = performance.now();
      const done = await edit(replica, this.ctx);
      this.stats.editMs += performance.now() - t0;
      if (done) this.stats.edits += 1;
      if (done) this.trace(`${replica.name} ${name}`);
    }
  }

  /** Everyone back online; every laptop syncs in turn until a whole round moves no history and all hold the same. */
  async settle(): Promise<void> {
    if (this.#serverDownFor > 0) await this.options.network?.restart();
    this.#serverDownFor = 0;
    for (let round = 1; ; round++) {
      this.ctx.step = ++this.stats.steps;
      this.stats.finalRounds = round;
      const before = this.replicas.map(headOf);
      for (const replica of this.replicas) await this.sync(replica);
      const after = this.replicas.map(headOf);
      if (after.every((head, i) => head === before[i] && head === after[0])) return;
      if (round === FINAL_ROUNDS) {
        this.stats.badSyncs.push(`still changing after ${FINAL_ROUNDS} rounds of syncs: ${after.join(' ')}`);
        return;
      }
    }
  }
}

/**
 * The convergence drill: laptops edit records and fields of the shared engagements at
 * random (the seed fixes which, where and when), sync in random order, go offline for a
 * while (the laptop does not sync, or the server is down for everyone), commit at the end
 * of quiet periods, and resolve some conflicts; then every laptop syncs until a round
 * changes nothing. Returns the log of what was acknowledged, for drillChecks.
 */
export async function runDrill(
  replicas: Replica[],
  options: DrillOptions,
): Promise<{ log: EditLog; stats: DrillStats }> {
  const drill = new Drill(replicas, options);
  await setUpTeam(replicas, options.remote, drill.log);
  while (drill.stats.edits < options.edits) await drill.step();
  await drill.settle();
  return { log: drill.log, stats: drill.stats };
}
