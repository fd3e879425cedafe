import { useEffect } from 'react';
import type { LifecycleSection } from '../../../shared/model/lifecycle';
import { useAppStore } from '../../store';

/** The engagement's lifecycle section, loaded on first use. */
export function useLifecycle(engagementId: string): { data: LifecycleSection | undefined; error: string | undefined } {
  const data = useAppStore((s) => s.lifecycle[engagementId]);
  const error = useAppStore((s) => s.lifecycleError[engagementId]);
  const load = useAppStore((s) => s.loadLifecycle);
  useEffect(() => {
    void load(engagementId);
  }, [engagementId, load]);
  return { data, error };
}

/** A new id for a vote or a follow-up (ids are file-name safe). */
export function newId(): string {
  return crypto.randomUUID();
}
