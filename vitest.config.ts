import { defineConfig } from 'vitest/config';

const MOCKS_A_MODULE = ['tests/unit/electron/preload.test.ts'];
/**
 * The fake-clock rerun (tests/fake-clock.sh) leaves out the files that hold no date logic to
 * shift and cost the most: the team workspace's git stories (their instants are injected, git's
 * dates set from them), the kill -9 drill over the writer, and the import-boundary lint.
 */
const NO_DATE_LOGIC = [
  'tests/unit/electron/team/**',
  'tests/unit/electron/storage/killDrill.test.ts',
  'tests/unit/lint/boundaries.test.ts',
];
const LEFT_OUT = process.env['AUX_DESK_FAKE_CLOCK_RUN'] === '1' ? NO_DATE_LOGIC : [];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    reporters: ['default'],
    // A safety net, not a performance check (that is `npm run bench`): the default 5 s was
    // reached by git-backed stories of 3 s on a loaded 2-core machine.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on the 2-core CI machines.
    // The team and storage files wait on git and the disk, so two workers overlap that wait:
    // measured on the same loaded machine, that subset took 225 s with two workers, 495 s with one.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...MOCKS_A_MODULE, ...LEFT_OUT],
          // The files of a worker share one module graph: zod, tiptap and the services are
          // evaluated once per worker instead of once per file. Evaluating them was 76% of the
          // suite's time (~300 of ~400 s on a busy 2-core machine; 80 s without). A test that
          // changes global state (fake timers, process.env.TZ) puts it back in afterEach.
          isolate: false,
        },
      },
      {
        extends: true,
        // vi.mock replaces a module for the whole module graph, so these keep their own.
        test: { name: 'isolated', include: MOCKS_A_MODULE, isolate: true },
      },
    ],
  },
});
