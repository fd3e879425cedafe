import { useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import type { Person } from '../../../shared/model/engagement';
import type { Retro } from '../../../shared/model/retro';
import { carriedCount, RECURRING_AFTER } from '../../../shared/retro/openActions';
import { allActionItems, carriedOverItems } from '../../../shared/retro/rules';
import { useToday } from '../../components/useToday';
import { useAppStore } from '../../store';

/** The action items still open from earlier retros, ticked off in the meeting. */
export function CarriedOver(props: {
  engagementId: string;
  people: Person[];
  retros: Retro[];
  retro: Retro;
  editable: boolean;
}) {
  const today = useToday();
  const { engagementId, people, retros, retro, editable } = props;
  const setDone = useAppStore((s) => s.setActionItemDone);
  // Items closed while this retro is open stay in view (struck through) so a slip can be undone.
  // The checkbox answers at once; the main process confirms behind it.
  const [touched, setTouched] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const open = carriedOverItems(retros, retro);
  const closedHere = allActionItems(retros).filter((i) => touched.has(i.id) && !open.some((o) => o.id === i.id));
  const items = [...open, ...closedHere]
    .sort((a, b) => a.retroDate.localeCompare(b.retroDate))
    .map((item) => ({ ...item, checked: touched.get(item.id) ?? item.checked }));
  if (items.length === 0) return <p className="muted">Nothing carried over from earlier retros.</p>;
  return (
    <ul className="carried-list" aria-label="Action items carried over">
      {items.map((item) => {
        const owner = people.find((p) => p.id === item.owner)?.name;
        const overdue = item.due !== null && item.due < today;
        // Into this retro included: the third time an item comes back, it is a problem to talk about.
        const carried = carriedCount(item, retros, retro.date);
        return (
          <li key={item.id} className="carried-item" data-checked={item.checked}>
            <input
              type="checkbox"
              id={`carried-${item.id}`}
              checked={item.checked}
              disabled={!editable}
              onChange={(e) => {
                const done = e.target.checked;
                setTouched((t) => new Map([...t, [item.id, done]]));
                void setDone(engagementId, item.retroId, item.id, done);
              }}
            />
            <label htmlFor={`carried-${item.id}`} className="carried-item__text">
              {item.text || 'Untitled action item'}
            </label>
            <span className="carried-item__meta">
              {owner ?? 'No owner'}
              {item.due ? (
                <span className={overdue ? 'overdue' : undefined}> · due {formatDisplayDate(item.due)}</span>
              ) : null}
              {' · from '}
              {formatDisplayDate(item.retroDate)}
              {carried > 1 ? (
                <span className={carried >= RECURRING_AFTER ? 'recurring' : undefined}>
                  {` · carried ${carried} times`}
                  {carried >= RECURRING_AFTER ? ': a recurring problem, talk about it' : ''}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
