import { useEffect, useState } from 'react';
import { filterActions, type ActionFilter, type ActionRow } from '../../../shared/retro/openActions';
import { LoadState } from '../../components/LoadState';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';
import { ActionFilterBar, type Grouping } from './ActionFilterBar';
import { ActionItemRow } from './ActionItemRow';

function groupRows(rows: ActionRow[], grouping: Grouping): [string, ActionRow[]][] {
  const groups = new Map<string, ActionRow[]>();
  for (const row of rows) {
    const key = grouping === 'engagement' ? row.engagementName : (row.ownerName ?? 'No owner');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()];
}

const EMPTY: Record<ActionFilter, string> = {
  open: 'No open action items. Items written as tasks in a retro’s notes show here until they are done.',
  mine: 'No open action items are yours.',
  overdue: 'Nothing is overdue.',
  'no-due': 'Every open item has a due date.',
  'done-recently': 'Nothing was done in the last two weeks.',
};

/** Every action item across engagements: the follow-through that retros live or die by. */
export function ActionsPage() {
  const today = useToday();
  const rows = useAppStore((s) => s.actionRows);
  const error = useAppStore((s) => s.actionsError);
  const load = useAppStore((s) => s.loadActions);
  const myEmail = useAppStore((s) => s.mailSettings?.author?.email ?? null);
  const loadMail = useAppStore((s) => s.loadMailSettings);
  const [filter, setFilter] = useState<ActionFilter>('open');
  const [grouping, setGrouping] = useState<Grouping>('engagement');

  useEffect(() => {
    void load(today);
    void loadMail();
  }, [load, loadMail, today]);

  const shown = rows ? filterActions(rows, filter, today, myEmail) : [];
  return (
    <div className="page page--wide actions">
      <header className="page__header">
        <div>
          <h1 className="page__title">Open actions</h1>
          <p className="page__subtitle">
            Every retro’s action items, across engagements. Tick one off here or in its retro.
          </p>
        </div>
      </header>
      <ActionFilterBar filter={filter} grouping={grouping} onFilter={setFilter} onGrouping={setGrouping} />
      {filter === 'mine' && myEmail === null ? (
        <p className="notice notice--info">
          “Mine” matches your email with the owners’. Enter your name and email in Settings › Mail first.
        </p>
      ) : null}
      {!rows ? (
        <LoadState error={error} failed="The action items could not be loaded" loading="Loading action items…" />
      ) : shown.length === 0 ? (
        <p className="empty">{EMPTY[filter]}</p>
      ) : (
        groupRows(shown, grouping).map(([name, list]) => (
          <section key={name} className="actions__group" aria-label={name}>
            <h2 className="actions__group-title">{name}</h2>
            <ul className="carried-list">
              {list.map((row) => (
                <ActionItemRow
                  key={`${row.engagementId}-${row.itemId}`}
                  row={row}
                  today={today}
                  showEngagement={grouping === 'owner'}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
