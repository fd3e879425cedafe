interface LoadStateProps {
  /** Why the data could not be loaded; when absent, it is still loading. */
  error?: string | null | undefined;
  /** The sentence before the reason: "The retro could not be loaded". */
  failed?: string;
  /** What shows while it loads: "Loading retro…". */
  loading?: string;
}

/**
 * A screen's data while it loads, or why it could not: the one markup for both (an alert
 * for a failure, a status for loading, which screen readers announce). Also the fallback
 * while a screen's code loads (the first time it is opened; a few ms from disk).
 */
export function LoadState({ error, failed = 'This could not be loaded', loading = 'Loading…' }: LoadStateProps) {
  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        {failed}: {error}
      </p>
    );
  }
  return (
    <p className="muted" role="status">
      {loading}
    </p>
  );
}
