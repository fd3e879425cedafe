import type { ReactNode } from 'react';
import { useAppStore } from '../../store';
import './readOnly.css';

/**
 * Whether the engagement is read-only here (a record of it was written by a newer version
 * of Aux Desk; main refuses every change): its screens then offer no editing, so nothing
 * typed is lost to a save that cannot happen. From the list, which main fetches again
 * after an outside change, so a record synced in while the app runs counts too.
 */
export function useEngagementReadOnly(engagementId: string | null | undefined): boolean {
  return useAppStore((s) =>
    engagementId ? s.summaries.some((summary) => summary.id === engagementId && summary.readOnly) : false,
  );
}

/**
 * The controls inside are shown, not offered, while the engagement is read-only: a disabled
 * fieldset disables every input and button in it at once (and takes no room: readOnly.css).
 */
export function ReadOnlyFieldset({ engagementId, children }: { engagementId: string; children: ReactNode }) {
  const readOnly = useEngagementReadOnly(engagementId);
  return (
    <fieldset className="read-only-fieldset" disabled={readOnly}>
      {children}
    </fieldset>
  );
}

/** On every screen of a read-only engagement: why nothing can be changed, and what to do. */
export function ReadOnlyNotice({ engagementId }: { engagementId: string }) {
  if (!useEngagementReadOnly(engagementId)) return null;
  return (
    <section className="notice notice--warning read-only-notice" role="status" aria-label="Read-only engagement">
      <p className="read-only-notice__text">
        <strong>Written by a newer version of Aux Desk: read-only here.</strong> Update Aux Desk to edit it.
      </p>
    </section>
  );
}
