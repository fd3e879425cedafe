import { addWeeksIso, formatDisplayDate } from '../dates';
import type { Retro } from '../model/retro';
import { actionRows, forgottenActions } from '../retro/openActions';
import { allActionItems, awaitingSentConfirmation, live, notesEmailed } from '../retro/rules';
import { itemBase, type HomeEngagement, type HomeItem, type HomeWeek } from './homeItem';

/**
 * Retro notes not emailed are listed for this many weeks after the retro: the moment to
 * send them is the week after; older ones stay marked in the retros list, not here (a
 * five-year history would otherwise fill the screen).
 */
const NOTES_REMINDER_WEEKS = 4;

function unsentDetail(r: Retro): string {
  const waiting = awaitingSentConfirmation(r);
  if (!waiting) return 'Send them to everyone who came.';
  return `${waiting.state === 'copied' ? 'Copied' : 'Drafted'}, not confirmed sent. Send them, then mark them sent.`;
}

/** Retros of the last four weeks whose notes were not emailed. */
export function unsentNotesItems({ engagement: e, retro }: HomeEngagement, at: HomeWeek): HomeItem[] {
  const notesSince = addWeeksIso(at.today, -NOTES_REMINDER_WEEKS);
  return live(retro.retros)
    .filter((r) => r.date <= at.today && r.date >= notesSince && !notesEmailed(r))
    .map((r) => ({
      ...itemBase(e),
      key: `notes:${e.id}:${r.id}`,
      group: 'due',
      kind: 'notes',
      title: `Email the notes of the retro on ${formatDisplayDate(r.date)}`,
      detail: unsentDetail(r),
      date: r.date,
      link: { to: 'retro', retroId: r.id },
    }));
}

/** " · <name>" of the item's owner (a person of the engagement, by id), or nothing. */
function ownerOf(e: HomeEngagement['engagement'], owner: string | null): string {
  const name = e.people.find((p) => p.id === owner)?.name;
  return name ? ` · ${name}` : '';
}

/**
 * Open action items without a due date from retros more than two weeks ago (issue 17): with
 * no date they would never come up here, and most such items are never done.
 */
export function forgottenActionItems({ engagement: e, retro }: HomeEngagement, at: HomeWeek): HomeItem[] {
  return forgottenActions(actionRows(e, [...retro.retros], at.today), at.today).map((row) => ({
    ...itemBase(e),
    key: `forgotten:${e.id}:${row.itemId}`,
    group: 'due',
    kind: 'action',
    title: row.text === '' ? 'Action item' : row.text,
    detail: `No due date, open since the retro of ${formatDisplayDate(row.retroDate)}${row.ownerName ? ` · ${row.ownerName}` : ''}. Give it a date, or close it.`,
    date: null,
    link: { to: 'retro', retroId: row.retroId },
  }));
}

/** Open action items due by the end of the week (overdue ones too). */
export function actionItemItems({ engagement: e, retro }: HomeEngagement, at: HomeWeek): HomeItem[] {
  const items: HomeItem[] = [];
  for (const item of allActionItems(retro.retros)) {
    if (item.checked || item.due === null || item.due > at.weekEnd) continue;
    items.push({
      ...itemBase(e),
      key: `action:${e.id}:${item.id}`,
      group: 'due',
      kind: 'action',
      title: item.text === '' ? 'Action item' : item.text,
      detail: `${item.due < at.today ? 'Overdue' : 'Due'} ${formatDisplayDate(item.due)}${ownerOf(e, item.owner)}`,
      date: item.due,
      link: { to: 'retro', retroId: item.retroId },
    });
  }
  return items;
}
