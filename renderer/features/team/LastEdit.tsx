import { useEffect, useState } from 'react';
import { formatDisplayDate } from '../../../shared/dates';
import type { RecordEdit } from '../../../shared/ipc/team';
import { invoke } from '../../api';
import { useAppStore } from '../../store';

/** "Edited by Ana, 3 Dec 2026": who last changed the record (from git), and when; null for a record never committed. */
export function lastEditWords(edit: RecordEdit | undefined): string | null {
  if (!edit) return null;
  return `Edited by ${edit.by === 'You' ? 'you' : edit.by}, ${formatDisplayDate(edit.at.slice(0, 10))}`;
}

/**
 * Who last changed a record of a shared engagement, asked again after each sync (another
 * laptop's edit arrives with it). Nothing for an engagement on this laptop only.
 */
export function LastEdit({ engagementId, record }: { engagementId: string; record: string }) {
  const shared = useAppStore((s) => s.team.workspace?.engagementIds.includes(engagementId) ?? false);
  const synced = useAppStore((s) => s.team.lastSyncAt);
  const toSend = useAppStore((s) => s.team.toSend);
  const [edit, setEdit] = useState<RecordEdit | undefined>(undefined);
  useEffect(() => {
    if (!shared) return;
    let live = true;
    invoke('team:edits', { engagementId })
      .then((edits) => live && setEdit(edits.find((e) => e.record === record)))
      // Authorship is a nicety: without git's answer the line is simply not shown.
      .catch(() => live && setEdit(undefined));
    return () => {
      live = false;
    };
  }, [shared, engagementId, record, synced, toSend]);
  const words = shared ? lastEditWords(edit) : null;
  return words ? <span className="last-edit">{words}</span> : null;
}
