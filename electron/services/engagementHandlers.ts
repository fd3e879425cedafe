import { listedEngagements } from './engagementList';
import type { EngagementRepository } from './engagements';
import type { HandlersFor } from './router';

/** The engagements:* channels. */
export function engagementHandlers(engagements: EngagementRepository): HandlersFor<'engagements'> {
  return {
    'engagements:list': () => listedEngagements(engagements),
    'engagements:get': ({ id }) => engagements.get(id),
    'engagements:create': (input) => engagements.create(input),
    'engagements:update': ({ id, input }) => engagements.update(id, input),
    'engagements:delete': async ({ id }) => {
      await engagements.delete(id);
      return { id };
    },
    'engagements:restore': ({ id }) => engagements.restore(id),
  };
}
