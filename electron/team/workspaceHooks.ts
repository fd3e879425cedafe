import path from 'node:path';
import type { EngagementRepository } from '../services/engagements';
import type { EventSink } from '../services/mainServices';
import { writeRetroMarkdown } from './retroMarkdownFiles';
import type { SyncHooks, SyncOutcome } from './syncEngine';

/**
 * What a sync does to the app around git: before each commit the shared engagements'
 * pending saves reach disk and the changed ones' retro notes are written as Markdown; after
 * the work tree moved, the engagements whose folders changed are read again and the
 * renderer told.
 */
export function workspaceHooks(
  deps: { engagements: EngagementRepository; emit: EventSink; log: (message: string, error: unknown) => void },
  root: string,
  dirty: Set<string>,
): SyncHooks {
  const { engagements } = deps;
  return {
    beforeCommit: async () => {
      for (const id of engagements.idsIn(root)) {
        await engagements.settle(id).catch((error: unknown) => deps.log('Saving before a commit failed', error));
        if (dirty.delete(id)) writeRetroMarkdown(path.join(root, id), engagements.readDoc(id));
      }
    },
    afterMove: (ids) => {
      for (const id of ids) {
        const { how, name } = engagements.reloadFromDisk(id, root);
        if (how === 'reloaded' || how === 'added' || how === 'removed') {
          deps.emit('engagement-changed', { engagementId: id, name, how });
        }
      }
    },
  };
}

/** What a sync that worked has to say: files of the team's it refused, or the branch keeping this laptop's history. */
export function outcomeNote(outcome: SyncOutcome): string | null {
  const refused = outcome.merge?.refused ?? [];
  if (refused.length) {
    return `${refused.length} file(s) from the team were not taken: ${refused.map((r) => `${r.path} (${r.why})`).join('; ')}.`;
  }
  if (outcome.kept) {
    return `The remote's history was rewritten. Everything of this laptop is kept, and its history is on branch ${outcome.kept}.`;
  }
  return null;
}
