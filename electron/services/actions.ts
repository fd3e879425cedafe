import { actionRows } from '../../shared/retro/openActions';
import type { EngagementRepository } from './engagements';
import type { HandlersFor } from './router';

/** The actions:* channels: every retro's action items, across engagements (issue 17). */
export function actionHandlers(engagements: EngagementRepository): HandlersFor<'actions'> {
  return {
    'actions:list': ({ today }) =>
      engagements.list().flatMap((summary) => {
        // Read in place, not copied: this walks every engagement's retros.
        const doc = engagements.readDoc(summary.id);
        return actionRows(doc.engagement, [...doc.retro.retros], today);
      }),
  };
}
