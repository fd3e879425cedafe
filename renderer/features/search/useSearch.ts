import { useEffect, useState } from 'react';
import { messageOf } from '../../api';
import { useAppStore } from '../../store';
import type { SearchAnswer } from '../../store/searchSlice';
import type { RequestOf } from '../../../shared/ipc';

type Filters = RequestOf<'search:query'>['filters'];

/** Time to wait after a keystroke before asking: typing a word asks once, not per letter. */
const DEBOUNCE_MS = 120;

export interface SearchState {
  answer: SearchAnswer | null;
  error: string | null;
  /** A request is on its way for what is typed now. */
  pending: boolean;
}

/**
 * The answer for what is typed, asked a moment after typing stops. An answer that comes
 * back after a newer question was asked is dropped, so the list never shows older results.
 */
export function useSearch(query: string, filters: Filters, limit: number): SearchState {
  const search = useAppStore((s) => s.search);
  const progress = useAppStore((s) => s.searchProgress);
  const version = useAppStore((s) => s.searchVersion);
  const [state, setState] = useState<SearchState>({ answer: null, error: null, pending: false });
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    if (query.trim() === '') {
      setState({ answer: null, error: null, pending: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      search({ query, filters: JSON.parse(filterKey) as Filters, limit })
        .then((answer) => {
          if (current) setState({ answer, error: null, pending: false });
        })
        .catch((error: unknown) => {
          if (current) setState({ answer: null, error: messageOf(error), pending: false });
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The index growing in the background, or a save just indexed, is a reason to ask again.
  }, [query, filterKey, limit, search, progress, version]);

  return state;
}
