import { useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import { useAppStore } from '../../store';
import type { SearchAnswer } from '../../store/searchSlice';
import { KIND_LABELS, openHit } from './hits';
import { NO_FILTER_VALUES, requestFilters, SearchFilters, type FilterValues } from './SearchFilters';
import { SnippetText } from './SnippetText';
import { useSearch } from './useSearch';

const LIMIT = 100;

/** Search every engagement's notes and records, with filters; a result opens at its match. */
export function SearchPage() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterValues>(NO_FILTER_VALUES);
  const { answer, error, pending } = useSearch(query, requestFilters(filters), LIMIT);
  const progress = useAppStore((s) => s.searchProgress);
  return (
    <div className="page page--wide search">
      <header className="page__header">
        <div>
          <h1 className="page__title">Search</h1>
          <p className="page__subtitle">Everything you wrote, in every engagement.</p>
        </div>
      </header>
      <input
        className="input search__query"
        type="search"
        aria-label="Search all engagements"
        placeholder="Words from any retro, note, goal, milestone or person… “quotes” for a phrase"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SearchFilters values={filters} onChange={setFilters} />
      <p className="search__status" role="status">
        {progress
          ? `Indexing your notes: ${progress.done} of ${progress.total} engagements. Results may be incomplete.`
          : ''}
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          The search failed: {error}
        </p>
      ) : (
        <SearchResults query={query} answer={answer} pending={pending} />
      )}
    </div>
  );
}

function SearchResults({ query, answer, pending }: { query: string; answer: SearchAnswer | null; pending: boolean }) {
  if (query.trim() === '') {
    return (
      <p className="empty">
        Find anything you wrote: every retro’s notes, the project retro, one-pagers and kick-off notes, goals,
        milestones, NPS comments, follow-ups and people, in every engagement. Words match by their start and with a
        typo; put a phrase in quotes.
      </p>
    );
  }
  if (!answer) return pending ? <p className="empty">Searching…</p> : null;
  if (answer.total === 0) return <p className="empty">Nothing matches “{query.trim()}”.</p>;
  const shown = answer.groups.reduce((n, g) => n + g.records.reduce((m, r) => m + r.hits.length, 0), 0);
  return (
    <section aria-label="Results">
      <p className="search__count">
        {answer.total === 1 ? '1 match' : `${answer.total} matches`}
        {shown < answer.total ? `, the best ${shown} shown` : ''}
      </p>
      {answer.groups.map((group) => (
        <section key={group.engagementId} className="search__group" aria-labelledby={`search-${group.engagementId}`}>
          <h2 id={`search-${group.engagementId}`} className="search__engagement">
            {group.engagementName}
          </h2>
          <ul className="search__records">
            {group.records.map((record) => (
              <li key={record.recordKey} className="search__record">
                <h3 className="search__title">
                  {record.title}
                  <span className="search__kind">
                    {KIND_LABELS[record.kind]}
                    {record.date && record.kind !== 'retro' ? ` · ${formatDisplayDate(record.date)}` : ''}
                  </span>
                </h3>
                <ul className="search__hits">
                  {record.hits.map((hit) => (
                    <li key={hit.docId}>
                      <button type="button" className="search__hit" onClick={() => void openHit(hit)}>
                        <SnippetText snippet={hit.snippet} />
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
