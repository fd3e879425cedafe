/** Shown while a screen's code loads (the first time it is opened; a few ms from disk). */
export function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}
