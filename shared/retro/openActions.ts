import { addDaysIso } from '../dates';
import type { Engagement } from '../model/engagement';
import type { Retro } from '../model/retro';
import { allActionItems, live, type CarriedItem } from './rules';

/** An action item as the list across engagements shows it. */
export interface ActionRow {
  engagementId: string;
  engagementName: string;
  retroId: string;
  retroDate: string;
  itemId: string;
  text: string;
  ownerName: string | null;
  ownerEmail: string | null;
  due: string | null;
  checked: boolean;
  closedOn: string | null;
  /** How many later retros it was carried into while open. */
  carried: number;
}

/** An item carried this many times is a recurring problem, worth talking about rather than carrying again. */
export const RECURRING_AFTER = 3;

/**
 * The retros an item was carried into: those held after the retro it came from, up to `upTo`,
 * while it was still open (a retro on or after the day it was closed does not count).
 */
export function carriedCount(
  item: Pick<CarriedItem, 'retroDate' | 'closedOn' | 'checked'>,
  retros: Retro[],
  upTo: string,
): number {
  const closed = item.checked ? (item.closedOn ?? null) : null;
  return live(retros).filter((r) => r.date > item.retroDate && r.date <= upTo && (closed === null || r.date < closed))
    .length;
}

export function actionRows(engagement: Engagement, retros: Retro[], today: string): ActionRow[] {
  return allActionItems(retros).map((item) => {
    const owner = engagement.people.find((p) => p.id === item.owner) ?? null;
    return {
      engagementId: engagement.id,
      engagementName: engagement.name,
      retroId: item.retroId,
      retroDate: item.retroDate,
      itemId: item.id,
      text: item.text,
      ownerName: owner?.name ?? null,
      ownerEmail: owner?.email ?? null,
      due: item.due,
      checked: item.checked,
      closedOn: item.closedOn ?? null,
      carried: carriedCount(item, retros, today),
    };
  });
}

export const ACTION_FILTERS = ['open', 'mine', 'overdue', 'no-due', 'done-recently'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

export const ACTION_FILTER_LABELS: Record<ActionFilter, string> = {
  open: 'All open',
  mine: 'Mine',
  overdue: 'Overdue',
  'no-due': 'No due date',
  'done-recently': 'Done in the last 2 weeks',
};

/** `myEmail`: the user's address (Settings › Mail), which "Mine" matches against the owner's. */
export function filterActions(
  rows: readonly ActionRow[],
  filter: ActionFilter,
  today: string,
  myEmail: string | null,
): ActionRow[] {
  const twoWeeksAgo = addDaysIso(today, -14);
  const me = myEmail?.trim().toLowerCase() ?? '';
  switch (filter) {
    case 'open':
      return rows.filter((r) => !r.checked);
    case 'mine':
      return rows.filter((r) => !r.checked && me !== '' && r.ownerEmail?.toLowerCase() === me);
    case 'overdue':
      return rows.filter((r) => !r.checked && r.due !== null && r.due < today);
    case 'no-due':
      return rows.filter((r) => !r.checked && r.due === null);
    case 'done-recently':
      return rows.filter((r) => r.checked && r.closedOn !== null && r.closedOn >= twoWeeksAgo && r.closedOn <= today);
  }
}

/** Open items without a due date that came from a retro more than two weeks ago: easy to forget. */
export function forgottenActions(rows: readonly ActionRow[], today: string): ActionRow[] {
  const twoWeeksAgo = addDaysIso(today, -14);
  return rows.filter((r) => !r.checked && r.due === null && r.retroDate < twoWeeksAgo);
}
