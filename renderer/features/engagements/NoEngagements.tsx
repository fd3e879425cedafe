import { useAppStore } from '../../store';

/** The first-run screen of This week and Engagements: nothing yet, and how to start (or look around first). */
export function NoEngagements() {
  const startNew = useAppStore((s) => s.startNew);
  const trySample = useAppStore((s) => s.trySample);
  const busy = useAppStore((s) => s.sampleBusy);
  return (
    <div className="empty">
      <h2 className="empty__title">No engagements yet</h2>
      <p className="empty__text">
        Create your first engagement to record the host team, the people you will pair with and the dates of the
        quarter.
      </p>
      <div className="empty__actions">
        <button type="button" className="button button--primary" onClick={startNew}>
          Create an engagement
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void trySample()}>
          {busy ? 'Adding the sample…' : 'Try a sample engagement'}
        </button>
      </div>
      <p className="empty__hint">
        The sample is a made-up quarter (goals, eight weekly retros, planned weeks, the project retro) to look around
        in; delete it in one click when you are done.
      </p>
      <p className="empty__hint">
        Tip: <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>N</kbd> starts one from anywhere.
      </p>
    </div>
  );
}
