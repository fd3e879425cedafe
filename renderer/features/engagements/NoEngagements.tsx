import { useAppStore } from '../../store';

/** The first-run screen of This week and Engagements: nothing yet, and how to start. */
export function NoEngagements() {
  const startNew = useAppStore((s) => s.startNew);
  return (
    <div className="empty">
      <h2 className="empty__title">No engagements yet</h2>
      <p className="empty__text">
        Create your first engagement to record the host team, the people you will pair with and the dates of the
        quarter.
      </p>
      <button type="button" className="button button--primary" onClick={startNew}>
        Create an engagement
      </button>
      <p className="empty__hint">
        Tip: <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>N</kbd> starts one from anywhere.
      </p>
    </div>
  );
}
