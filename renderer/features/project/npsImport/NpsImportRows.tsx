import { format } from 'date-fns';
import type { NpsImportPreview, NpsImportRow } from '../../../../shared/model/npsImport';
import { NPS_ROLE_LABELS } from '../../../../shared/model/projectRetro';

/** Enough to check a file by eye; the counts above cover every row. */
const SHOWN = 200;

const STATUS_LABELS: Record<NpsImportRow['status'], string> = {
  ready: 'Ready',
  duplicate: 'Duplicate, skipped',
  error: 'Refused',
};

function when(createdAt: string | null): string {
  return createdAt === null ? 'Today (no date)' : format(new Date(createdAt), 'd MMM yyyy, HH:mm');
}

/** Every row of the file as it would be imported: ready, a duplicate (and of what), or refused (and why). */
export function NpsImportRows({ preview }: { preview: NpsImportPreview }) {
  const rows = preview.rows.slice(0, SHOWN);
  return (
    <div className="nps-import__table-wrap" tabIndex={0} role="region" aria-label="Rows to import">
      <table className="nps-import__table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Result</th>
            <th scope="col">Score</th>
            <th scope="col">Respondent</th>
            <th scope="col">Role</th>
            <th scope="col">Comment</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={`nps-import__row nps-import__row--${row.status}`}>
              <th scope="row">{row.row}</th>
              <td>
                <span className="nps-import__status">{STATUS_LABELS[row.status]}</span>
                {row.message ? <span className="nps-import__reason">{row.message}</span> : null}
              </td>
              {row.response ? (
                <>
                  <td className="nps-import__score">{row.response.score}</td>
                  <td>{row.response.respondent || 'Anonymous'}</td>
                  <td>{NPS_ROLE_LABELS[row.response.role]}</td>
                  <td className="nps-import__comment">{row.response.comment}</td>
                  <td className="nps-import__date">{when(row.response.createdAt)}</td>
                </>
              ) : (
                <td colSpan={5} className="nps-import__cells">
                  {row.cells.join(' · ')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.length > SHOWN ? (
        <p className="field__hint">
          {preview.rows.length - SHOWN} more rows are not shown here; the counts above include them.
        </p>
      ) : null}
    </div>
  );
}
