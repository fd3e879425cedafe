import path from 'node:path';
import type { MainServices } from '../../electron/services/mainServices';
import { doc, paragraph, text } from '../unit/support/notes';
import { startGitHttpServer } from '../unit/support/gitHttpServer';
import type { Dataset } from './dataset';
import { copyDataset, folderBytes } from './folders';
import { median, quantile, round } from './stats';
import { benchGit, closeLaptop, openLaptop } from './teamLaptops';
import { callOn, writeTeamHistory, type TeamHistory } from './teamHistory';

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await run();
  return [value, performance.now() - t0];
};

/** Joins the team (`team:join`: clone, first sync, the engagements opened) `runs` times into fresh folders; keeps the last laptop. */
async function firstClones(history: TeamHistory, work: string, runs: number) {
  const times: number[] = [];
  let laptop: { services: MainServices; dataDir: string; workspace: string } | null = null;
  for (let i = 0; i < runs; i++) {
    if (laptop) await closeLaptop(laptop.services);
    const dataDir = path.join(work, `data-joiner-${i}`);
    const workspace = path.join(work, `workspace-joiner-${i}`);
    const services = openLaptop(dataDir, { git: benchGit(path.join(work, 'git')), idPrefix: `j${i}` });
    const identity = { name: 'Engineer 10', email: 'engineer10@example.com' };
    const [status, ms] = await timed(() =>
      callOn(services, 'team:join', { dir: workspace, remote: history.remote, identity }),
    );
    if (status.state !== 'up-to-date') throw new Error(`The join failed: ${status.message ?? status.state}`);
    times.push(ms);
    laptop = { services, dataDir, workspace };
  }
  if (!laptop) throw new Error('No run');
  return { laptop, times, engagements: laptop.services.team.status().workspace?.engagementIds.length ?? 0 };
}

/** One retro note saved, then a sync (commit, fetch, push); then the other laptop syncs and receives it. */
async function syncsAfterOneEdit(sender: MainServices, receiver: MainServices, runs: number) {
  const ids = sender.team.status().workspace?.engagementIds ?? [];
  const send: number[] = [];
  const receive: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const engagementId = ids[(i * 37) % ids.length] ?? '';
    const retro = sender.engagements.readDoc(engagementId).retro.retros.at(-1);
    if (!retro) throw new Error('An engagement without retros');
    const note = doc(paragraph(text(`Edit ${i} of the bench`)));
    await callOn(sender, 'retros:saveNote', { engagementId, retroId: retro.id, section: 'notes', doc: note });
    const [sent, sendMs] = await timed(() => callOn(sender, 'team:sync', {}));
    const [got, receiveMs] = await timed(() => callOn(receiver, 'team:sync', {}));
    if (sent.state !== 'up-to-date' || got.state !== 'up-to-date') throw new Error('A sync of the bench failed');
    if (i === 0) continue; // warm-up
    send.push(sendMs);
    receive.push(receiveMs);
  }
  return {
    sendMs: round(median(send)),
    sendP95Ms: round(quantile(send, 0.95)),
    receiveMs: round(median(receive)),
    runs: send.map((v) => round(v)),
  };
}

/** createMainServices and This week's data, with the engagements in the workspace against the same ones on this laptop only, interleaved. */
async function startups(withWorkspace: string, withoutWorkspace: string, runs: number) {
  const result: Record<'with' | 'without', number[]> = { with: [], without: [] };
  const today = '2025-09-01';
  for (let i = 0; i < runs + 1; i++) {
    for (const [name, dir] of [
      ['with', withWorkspace],
      ['without', withoutWorkspace],
    ] as const) {
      const git = benchGit(path.join(dir, '..', 'git'));
      const [services, ms] = await timed(() => {
        const opened = openLaptop(dir, { git });
        opened.lifecycle.thisWeek(today);
        return Promise.resolve(opened);
      });
      await closeLaptop(services);
      // The first start of a day takes the day's snapshot: not counted.
      if (i > 0) result[name].push(ms);
    }
  }
  const [a, b] = [median(result.with), median(result.without)];
  return { withMs: round(a), withoutMs: round(b), ratio: round(a / b, 2), runs: result };
}

/**
 * Issue 15's figures on the team's generated history, over a real git smart-HTTP server on
 * loopback: the first clone, a sync after one retro edit (and the receiving laptop's),
 * the repository's size, and start-up with the workspace against without it.
 */
export async function measureTeam(dataset: Dataset, work: string, runs: number) {
  const server = await startGitHttpServer(path.join(work, 'remotes'));
  try {
    const [history, historyMs] = await timed(() => writeTeamHistory(dataset, path.join(work, 'history'), server));
    const clones = await firstClones(history, work, runs);
    const syncs = await syncsAfterOneEdit(clones.laptop.services, history.seeder.services, runs);
    await closeLaptop(clones.laptop.services);
    await closeLaptop(history.seeder.services);
    const personal = path.join(work, 'data-personal');
    copyDataset(dataset.dir, personal);
    return {
      engagements: clones.engagements,
      commits: history.commits,
      authors: history.authors,
      historyMs: round(historyMs, 0),
      cloneMs: round(median(clones.times)),
      cloneRuns: clones.times.map((v) => round(v)),
      ...syncs,
      gitBytes: folderBytes(path.join(clones.laptop.workspace, '.git')),
      remoteBytes: folderBytes(path.join(work, 'remotes', 'team.git')),
      workTreeBytes: folderBytes(clones.laptop.workspace) - folderBytes(path.join(clones.laptop.workspace, '.git')),
      startup: await startups(clones.laptop.dataDir, personal, runs),
    };
  } finally {
    await server.stop();
  }
}
