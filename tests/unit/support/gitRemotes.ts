import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { GitRunnerOptions } from '../../../electron/team/gitRunner';
import { isolatedGitEnv } from './gitEnv';
import { bareRepo, startGitHttpServer, type GitHttpServer, type GitHttpServerOptions } from './gitHttpServer';

export type Transport = 'file' | 'http';

export interface TeamRemote {
  url: string;
  /** The bare repository's folder. */
  bare: string;
  /** The HTTP server, for the 'http' transport. */
  server: GitHttpServer | null;
}

export interface GitTestWorld {
  /** Runner options that keep git away from the machine's config. */
  runner(): GitRunnerOptions;
  /** A new empty team repository reached over `transport`. */
  remote(transport: Transport, options?: GitHttpServerOptions): Promise<TeamRemote>;
  /** A fresh folder path (not created) under the test's temp folder. */
  folder(name: string): string;
}

/** Call at describe level with the test's temp folder; servers are stopped after each test. */
export function useGitWorld(temp: () => string): GitTestWorld {
  const servers: GitHttpServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });
  let env: Record<string, string | undefined> | null = null;
  let envFor: string | null = null;
  const runner = (): GitRunnerOptions => {
    if (envFor !== temp()) {
      env = isolatedGitEnv(temp());
      envFor = temp();
    }
    return { env: env ?? {}, timeoutMs: 10_000 };
  };
  return {
    runner,
    folder: (name) => path.join(temp(), name),
    remote: async (transport, options) => {
      const root = path.join(temp(), `remotes-${transport}`);
      fs.mkdirSync(root, { recursive: true });
      if (transport === 'file') {
        const bare = path.join(root, 'team.git');
        return { url: bareRepo(bare), bare, server: null };
      }
      const server = await startGitHttpServer(root, options);
      servers.push(server);
      return { url: server.url('team.git'), bare: server.createBare('team.git'), server };
    },
  };
}
