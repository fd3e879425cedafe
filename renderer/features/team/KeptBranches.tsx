/**
 * The branches that keep this laptop's records after the remote's history was rewritten (a
 * force-push): nothing was deleted, and the user is told where it is.
 */
export function KeptBranches({ kept }: { kept: readonly string[] }) {
  if (kept.length === 0) return null;
  const names = kept.map((branch, index) => (
    <span key={branch}>
      {index > 0 ? (index === kept.length - 1 ? ' and ' : ', ') : null}
      <code>{branch}</code>
    </span>
  ));
  return (
    <div className="notice notice--warning team-kept" role="note" aria-label="Kept records">
      <p>
        The team’s remote was rewritten (its history no longer has commits this laptop had made). Your records from
        before the remote was rewritten are kept on {kept.length === 1 ? 'branch' : 'branches'} {names} in the workspace
        folder: nothing was deleted.
      </p>
      <p className="muted">
        To bring back what you need, open the workspace folder with git (for example <code>git log {kept[0]}</code>) or
        ask whoever rewrote the remote.
      </p>
    </div>
  );
}
