import { useEffect } from 'react';
import { useAppStore } from './index';
import type { Entry, Loaded, LoadKind } from './loader';

const NOTHING: Entry<never> = {};

/**
 * One key's data and load error, loading it when a screen needs it. `once`: the first time
 * (writes keep it current after that); `each-mount`: every time the screen opens, for data
 * that changes behind the screen's back (the lifecycle, the planner). A null key loads nothing.
 */
export function useLoaded<K extends LoadKind>(
  kind: K,
  key: string | null,
  when: 'once' | 'each-mount' = 'once',
): Entry<Loaded<K>> {
  const entry = useAppStore((s) => (key === null ? undefined : s.loaded[kind][key])) ?? NOTHING;
  const load = useAppStore((s) => s.load);
  const missing = entry.data === undefined;
  useEffect(() => {
    if (key !== null && when === 'once' && missing) void load(kind, key);
  }, [kind, key, when, missing, load]);
  useEffect(() => {
    if (key !== null && when === 'each-mount') void load(kind, key);
  }, [kind, key, when, load]);
  return entry;
}
