import { readConflicts } from '../../../../../electron/team/conflictStore';
import type { ConflictChoice } from '../../../../../shared/ipc/team';
import type { ConflictRecord } from '../../../../../shared/team/conflictSchema';
import { pick, type EditContext } from './recordEdits';
import { attempt, docOf, type Replica } from './replica';
import { readSlot, refOfRecordPath, sameRecord, slotPartOf, textOf, type Slot } from './slots';

/**
 * team:resolve of one conflict this laptop shows, with a choice per field (ours, theirs,
 * or both for two notes). The conflict, as its file was, is logged as resolved: both its
 * sides were shown. Each field of the record the drill writes that the resolution changed
 * is logged as an edit by this laptop, which saw the two values the view showed and
 * nothing else: a value the resolution replaces without the view having shown it is lost.
 */
export async function resolveOne(replica: Replica, ctx: EditContext): Promise<boolean> {
  const views = await attempt(replica, 'team:conflicts', {});
  if (!views.ok) {
    ctx.refused(replica, 'team:conflicts', views.message);
    return false;
  }
  const view = pick(ctx.rng, views.value);
  if (!view) return false;
  const file = readConflicts(replica.workspace).find((c) => c.id === view.id);
  const ref = file ? refOfRecordPath(file.record) : null;
  if (!file || !ref) throw new Error(`${replica.name} shows conflict ${view.id} but has no readable file for it`);
  // The conflict as the view shows it (fields in the file's order): the values the user chooses between.
  const conflict: ConflictRecord = {
    ...file,
    fields: file.fields.map((field, i) => ({ ...field, ours: view.fields[i]?.ours, theirs: view.fields[i]?.theirs })),
  };
  const choices: ConflictChoice[] = view.fields.map((field) => {
    if (field.kind === 'note' && field.canKeepBoth && ctx.rng() < 0.3) return 'both';
    return ctx.rng() < 0.5 ? 'ours' : 'theirs';
  });
  const slots = new Map<string, Slot>();
  for (const edit of ctx.log.edits) {
    if (edit.slot.engagementId === conflict.engagementId && sameRecord(edit.slot.record, ref))
      slots.set(edit.key, edit.slot);
  }
  const read = (slot: Slot) => textOf(readSlot(docOf(replica, conflict.engagementId), slot));
  const before = new Map([...slots].map(([key, slot]) => [key, read(slot)]));
  const answer = await attempt(replica, 'team:resolve', {
    engagementId: conflict.engagementId,
    conflictId: conflict.id,
    choices,
  });
  if (!answer.ok) {
    ctx.refused(replica, 'team:resolve', answer.message);
    return false;
  }
  ctx.log.resolve({ step: ctx.step, replica: replica.name, conflict });
  for (const [key, slot] of slots) {
    const after = read(slot);
    if (after === before.get(key)) continue;
    const shown = conflict.fields
      .flatMap((field) => [
        slotPartOf(field.ours, field.path, slot.path),
        slotPartOf(field.theirs, field.path, slot.path),
      ])
      .map(textOf)
      .join(' ');
    ctx.log.edit({
      step: ctx.step,
      replica: replica.name,
      channel: 'team:resolve',
      slot,
      value: after,
      sawBefore: shown,
    });
  }
  return true;
}
