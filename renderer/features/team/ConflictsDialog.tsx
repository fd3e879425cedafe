import { useEffect, useRef } from 'react';
import { LoadState } from '../../components/LoadState';
import { useAppStore } from '../../store';
import { ConflictCard } from './ConflictCard';
import './conflicts.css';

/**
 * The conflict view: every record two laptops changed in the same field, both versions side by
 * side, settled field by field. A modal <dialog> like the app's others: Esc closes it and the
 * browser gives the focus back. The list is asked for again whenever main's count moves (a
 * resolve, a sync that brought or settled one).
 */
export function ConflictsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const setOpen = useAppStore((s) => s.setConflictsOpen);
  const load = useAppStore((s) => s.loadConflicts);
  const count = useAppStore((s) => s.team.conflicts);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  useEffect(() => {
    void load();
  }, [load, count]);
  return (
    <dialog ref={dialog} className="dialog conflicts" aria-labelledby="conflicts-title" onClose={() => setOpen(false)}>
      <header className="dialog__header">
        <h2 id="conflicts-title" className="dialog__title">
          Conflicts
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="conflicts__body">
        <p className="muted conflicts__intro">
          This laptop and a teammate changed the same part of a record. Both versions are kept until you choose; your
          choice is saved here and goes to the team at the next sync.
        </p>
        <ConflictList onDone={() => dialog.current?.close()} />
      </div>
    </dialog>
  );
}

function ConflictList({ onDone }: { onDone: () => void }) {
  const conflicts = useAppStore((s) => s.conflicts);
  const error = useAppStore((s) => s.conflictsError);
  if (error) return <LoadState error={error} failed="The conflicts could not be loaded" />;
  if (conflicts === null) return <LoadState loading="Loading the conflicts…" />;
  if (conflicts.length === 0) {
    return (
      <div className="empty empty--compact">
        <h3 className="empty__title">No conflicts</h3>
        <p className="empty__text">Every record on this laptop agrees with the team’s.</p>
        <button type="button" className="button" onClick={onDone}>
          Close
        </button>
      </div>
    );
  }
  return (
    <ul className="conflicts__list" aria-label="Records in conflict">
      {conflicts.map((conflict) => (
        <li key={`${conflict.engagementId}:${conflict.id}`}>
          <ConflictCard conflict={conflict} />
        </li>
      ))}
    </ul>
  );
}
