import path from 'node:path';
import { test } from '@playwright/test';
import type { HostName } from '../e2e/hosts/types';
import { generateDataset } from './dataset';
import { round, RUNS, savePart, TINY_RUN } from './stats';
import { measureTeam } from './teamBench';
import { measureDrill } from './teamDrillBench';
import { TEAM_HISTORY, TEAM_TINY } from './teamHistory';

/**
 * The team workspace's benchmarks (issue 15), in Node: the real main services over real
 * files and the system git, a real smart-HTTP server on loopback. No page is needed, so
 * they run once, in the Chromium project's run.
 */
const WORK = path.resolve('test-results/bench/work/team');
/** The unit suite runs the drill with 520 edits; here, many more. */
const DRILL_EDITS = TINY_RUN ? 200 : 3000;
const DRILL_SEED = 20_260_315;

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright asks for a destructuring pattern even with no fixtures.
test.beforeEach(({}, testInfo) => {
  const host = (testInfo.project.use as { host?: HostName }).host;
  test.skip(host !== 'chromium', 'Node only: run once, with the Chromium project');
});

test('9. team workspace on a generated team history: first clone, sync after one retro edit, repository size, start-up with the workspace', async () => {
  test.setTimeout(1_800_000);
  const spec = TINY_RUN ? TEAM_TINY : TEAM_HISTORY;
  const t0 = performance.now();
  const dataset = await generateDataset(path.join(WORK, 'dataset'), spec);
  const generateMs = round(performance.now() - t0, 0);
  savePart('team', { spec, generateMs, ...(await measureTeam(dataset, WORK, RUNS)) });
});

test(`10. convergence drill: ${DRILL_EDITS} random edits on three laptops`, async () => {
  test.setTimeout(3_600_000);
  savePart('teamDrill', await measureDrill(path.join(WORK, 'drill'), DRILL_EDITS, DRILL_SEED));
});
