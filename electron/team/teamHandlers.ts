import type { EngagementRepository } from '../services/engagements';
import { AppError } from '../services/errors';
import type { HandlersFor } from '../services/router';
import { GitError } from './gitRunner';
import type { TeamPlatform, TeamService } from './teamService';

/** The team:* channels. */
export function teamHandlers(
  team: TeamService,
  engagements: EngagementRepository,
  platform: TeamPlatform,
): HandlersFor<'team'> {
  return {
    'team:status': () => team.status(),
    'team:chooseFolder': async () => ({ dir: await platform.chooseFolder() }),
    'team:create': ({ dir, remote, identity }) => inWords(team.create(dir, remote, identity)),
    'team:join': ({ dir, remote, identity }) => inWords(team.join(dir, remote, identity)),
    'team:setIdentity': (identity) => team.setIdentity(identity),
    'team:sync': () => team.sync(),
    'team:move': ({ engagementId, to }) => inWords(team.move(engagementId, to)),
    'team:conflicts': () => team.conflicts(),
    'team:edits': ({ engagementId }) => team.edits(engagementId),
    'team:resolve': ({ engagementId, conflictId, choices }) => team.resolve(engagementId, conflictId, choices),
    // NPS across every engagement of the workspace, over time.
    'team:nps': () => {
      const shared = new Set(team.status().workspace?.engagementIds ?? []);
      return engagements
        .list()
        .filter((s) => shared.has(s.id))
        .flatMap((s) =>
          engagements.readDoc(s.id).project.nps.map((r) => ({
            engagementId: s.id,
            engagementName: s.name,
            date: r.createdAt.slice(0, 10),
            score: r.score,
          })),
        )
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    },
  };
}

/** git's failures (not installed, the remote unreachable or refusing) reach the user in the words GitError has for them. */
async function inWords<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof GitError) throw new AppError('storage', error.words);
    throw error;
  }
}
