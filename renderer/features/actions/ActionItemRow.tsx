import { formatDisplayDate } from '../../../shared/dates';
import { RECURRING_AFTER, type ActionRow } from '../../../shared/retro/openActions';
import { useAppStore } from '../../store';

/** One action item: tick it off here, see who owns it, when it is due and where it came from. */
export function ActionItemRow({
  row,
  today,
  showEngagement,
}: {
  row: ActionRow;
  today: string;
  showEngagement: boolean;
}) {
  const setDone = useAppStore((s) => s.setActionDone);
  const openItem = useAppStore((s) => s.openItem);
  const overdue = !row.checked && row.due !== null && row.due < today;
  const id = `action-${row.engagementId}-${row.itemId}`;
  return (
    <li className="carried-item" data-checked={row.checked}>
      <input type="checkbox" id={id} checked={row.checked} onChange={(e) => void setDone(row, e.target.checked)} />
      <label htmlFor={id} className="carried-item__text">
        {row.text || 'Untitled action item'}
      </label>
      <span className="carried-item__meta">
        {row.ownerName ?? 'No owner'}
        {row.due ? <span className={overdue ? 'overdue' : undefined}> · due {formatDisplayDate(row.due)}</span> : null}
        {showEngagement ? ` · ${row.engagementName}` : null}
        {' · '}
        <button
          type="button"
          className="link-button"
          onClick={() => void openItem(row.engagementId, { to: 'retro', retroId: row.retroId })}
        >
          from the retro of {formatDisplayDate(row.retroDate)}
        </button>
        {row.carried > 0 && !row.checked ? (
          <span className={row.carried >= RECURRING_AFTER ? 'recurring' : undefined}>
            {' · '}carried over {row.carried === 1 ? 'once' : `${row.carried} times`}
            {row.carried >= RECURRING_AFTER ? ': a recurring problem, worth talking about' : ''}
          </span>
        ) : null}
      </span>
    </li>
  );
}
