import { formatDisplayDate } from '../dates';
import { WRAP_UP_ITEMS, type WrapUpItem } from '../model/lifecycle';
import type { ProjectSection } from '../model/projectRetro';

/** For each wrap-up item, what the app itself has recorded that shows it done (null: nothing). */
export type KnownWrapUp = Record<WrapUpItem, string | null>;

/**
 * What the project retro's own records say: it was held (its "Held on" date has come), NPS
 * answers were recorded (so the survey went out), its notes were emailed (a mail marked
 * sent). Whether the home team keeps its work separate is for the user to say.
 */
export function knownWrapUp(project: Pick<ProjectSection, 'retro' | 'nps'>, today: string): KnownWrapUp {
  const held = project.retro.date;
  const sent = project.retro.mailLog.findLast((m) => m.state === 'sent');
  const answers = project.nps.length;
  return {
    projectRetro: held !== null && held <= today ? `held on ${formatDisplayDate(held)}` : null,
    npsSent: answers > 0 ? `${answers} NPS ${answers === 1 ? 'response' : 'responses'}` : null,
    notesEmailed: sent
      ? sent.to.length > 0
        ? `notes sent to ${sent.to.length} ${sent.to.length === 1 ? 'person' : 'people'}`
        : 'notes marked sent'
      : null,
    keepWorkSeparate: null,
  };
}

/**
 * The checklist as it counts: an item is done when the app knows it or the user ticked it
 * (the manual tick is the override for what happened outside the app). The file keeps only
 * the user's ticks, so an item the app knows cannot be unticked.
 */
export function effectiveWrapUp(manual: Record<WrapUpItem, boolean>, known: KnownWrapUp): Record<WrapUpItem, boolean> {
  return Object.fromEntries(WRAP_UP_ITEMS.map((item) => [item, manual[item] || known[item] !== null])) as Record<
    WrapUpItem,
    boolean
  >;
}
