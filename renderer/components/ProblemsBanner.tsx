import { formatDisplayDate } from '../../shared/dates';
import { useAppStore } from '../store';
import { restoreProblemRecord } from '../store/restoreRecord';

/** Start-up problems (a file moved aside, a file from a newer version) in plain words. */
export function ProblemsBanner() {
  const problems = useAppStore((s) => s.problems);
  const dataDir = useAppStore((s) => s.dataDir);
  const dismiss = useAppStore((s) => s.dismissProblems);
  const openDataFolder = useAppStore((s) => s.openDataFolder);
  if (problems.length === 0) return null;
  return (
    <section className="banner banner--warning" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title" className="banner__title">
        {problems.length === 1 ? 'One file needs your attention' : `${problems.length} files need your attention`}
      </h2>
      <ul className="banner__list">
        {problems.map((p) => (
          <li key={`${p.kind}:${p.file}`}>
            {p.message}
            {p.snapshot !== undefined && p.engagementId !== undefined && p.record !== undefined && (
              <>
                {' '}
                <button type="button" className="button" onClick={() => void restoreProblemRecord(p)}>
                  Restore from the snapshot of {formatDisplayDate(p.snapshot)}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="banner__meta">Data folder: {dataDir}</p>
      <div className="banner__actions">
        <button type="button" className="button" onClick={() => void openDataFolder()}>
          Open data folder
        </button>
        <button type="button" className="button button--ghost" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
