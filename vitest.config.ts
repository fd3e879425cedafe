import { defineConfig } from 'vitest/config';

const MOCKS_A_MODULE = ['tests/unit/electron/preload.test.ts'];
// The fake-clock rerun (tests/fake-clock.sh) leaves out the team workspace's git stories.
const LEFT_OUT = process.env['AUX_DESK_SKIP_TEAM_STORIES'] === '1' ? ['tests/unit/electron/team/**'] : [];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    reporters: ['default'],
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
