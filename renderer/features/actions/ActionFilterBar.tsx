import { ACTION_FILTER_LABELS, ACTION_FILTERS, type ActionFilter } from '../../../shared/retro/openActions';

export type Grouping = 'engagement' | 'owner';

interface Props {
  filter: ActionFilter;
  grouping: Grouping;
  onFilter: (filter: ActionFilter) => void;
  onGrouping: (grouping: Grouping) => void;
}

/** Which items (radio chips, arrow keys move between them) and how they are grouped. */
export function ActionFilterBar({ filter, grouping, onFilter, onGrouping }: Props) {
  return (
    <div className="actions__bar">
      <fieldset className="actions__filters">
        <legend className="field__label">Show</legend>
        {ACTION_FILTERS.map((value) => (
          <label key={value} className="chip-check">
            <input type="radio" name="action-filter" checked={filter === value} onChange={() => onFilter(value)} />
            {ACTION_FILTER_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <fieldset className="actions__filters">
        <legend className="field__label">Group by</legend>
        {(['engagement', 'owner'] as const).map((value) => (
          <label key={value} className="chip-check">
            <input
              type="radio"
              name="action-grouping"
              checked={grouping === value}
              onChange={() => onGrouping(value)}
            />
            {value === 'engagement' ? 'Engagement' : 'Owner'}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
