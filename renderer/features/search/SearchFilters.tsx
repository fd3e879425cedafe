import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/searchDoc';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useAppStore } from '../../store';
import { KIND_LABELS } from './hits';

export interface FilterValues {
  engagementId: string;
  kind: SearchKind | '';
  from: string;
  to: string;
  person: string;
}

export const NO_FILTER_VALUES: FilterValues = { engagementId: '', kind: '', from: '', to: '', person: '' };

/** The filters as the search:query channel takes them: only those set. */
export function requestFilters(values: FilterValues) {
  return {
    ...(values.engagementId ? { engagementIds: [values.engagementId] } : {}),
    ...(values.kind ? { kinds: [values.kind] } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.person.trim() ? { person: values.person.trim() } : {}),
  };
}

/** Engagement, kind of record, dates and person: each narrows the results as it changes. */
export function SearchFilters({ values, onChange }: { values: FilterValues; onChange: (next: FilterValues) => void }) {
  const summaries = useAppStore((s) => s.summaries);
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  return (
    <fieldset className="search__filters">
      <legend className="visually-hidden">Filters</legend>
      <Field label="Engagement">
        {({ id }) => (
          <select
            id={id}
            className="input"
            value={values.engagementId}
            onChange={(e) => set({ engagementId: e.target.value })}
          >
            <option value="">All engagements</option>
            {summaries.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind">
        {({ id }) => (
          <select id={id} className="input" value={values.kind} onChange={(e) => set({ kind: kindOf(e.target.value) })}>
            <option value="">Everything</option>
            {SEARCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="From">
        {({ id }) => <DateInput id={id} value={values.from || null} onChange={(from) => set({ from: from ?? '' })} />}
      </Field>
      <Field label="To">
        {({ id }) => <DateInput id={id} value={values.to || null} onChange={(to) => set({ to: to ?? '' })} />}
      </Field>
      <Field label="Person">
        {({ id }) => (
          <input
            id={id}
            className="input"
            type="text"
            value={values.person}
            onChange={(e) => set({ person: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

function kindOf(value: string): SearchKind | '' {
  return SEARCH_KINDS.find((kind) => kind === value) ?? '';
}
