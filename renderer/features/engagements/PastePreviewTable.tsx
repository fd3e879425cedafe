import { ROLE_LABELS } from '../../../shared/model/engagement';
import type { PastePreview, PastePreviewRow, PersonLike } from '../../../shared/people/pastePeople';

const lines = (row: PastePreviewRow) => [...new Set(row.lines)].join(', ');

function outcome(row: PastePreviewRow): string {
  switch (row.kind) {
    case 'add':
      return row.nameFromAddress ? 'New (name from the address: check it)' : 'New';
    case 'update':
      return row.email !== null ? `Already in People: adds the address` : `Already in People: adds the name`;
    case 'same':
      return 'Already in People: merged, nothing changes';
  }
}

/** What the paste will do, one row per person: new, merged with someone already in People, or the same. */
export function PastePreviewTable({ preview, people }: { preview: PastePreview; people: PersonLike[] }) {
  if (preview.rows.length === 0) return null;
  return (
    <div className="people-paste__preview">
      <table className="pairing-table people-paste__table">
        <caption className="people-paste__caption">
          Preview{preview.format === 'csv' ? ' (read as CSV)' : ''}
          {preview.mergedInPaste > 0
            ? ` · ${preview.mergedInPaste} duplicate ${preview.mergedInPaste === 1 ? 'entry' : 'entries'} merged`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">What happens</th>
            <th scope="col">Line</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const existing = row.kind === 'add' ? null : people[row.index];
            const name = row.kind === 'add' ? row.name : row.kind === 'update' && row.name ? row.name : row.person;
            const email =
              row.kind === 'add' ? row.email : row.kind === 'update' && row.email ? row.email : existing?.email;
            const role = row.kind === 'add' ? row.role : existing?.role;
            return (
              <tr key={`${row.kind}-${lines(row)}`} className={`people-paste__row people-paste__row--${row.kind}`}>
                <td>{name}</td>
                <td>{email || '—'}</td>
                <td>{role ? ROLE_LABELS[role] : ''}</td>
                <td>{outcome(row)}</td>
                <td>{lines(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Lines that cannot be added, each with its reason; they stay in the box after adding the rest. */
export function RefusedLines({ preview }: { preview: PastePreview }) {
  if (preview.refused.length === 0) return null;
  return (
    <div className="people-paste__refused">
      <p className="people-paste__refused-title">
        {preview.refused.length === 1
          ? 'One line is refused; it stays in the box to fix, and the rest can be added:'
          : `${preview.refused.length} lines are refused; they stay in the box to fix, and the rest can be added:`}
      </p>
      <ul aria-label="Refused lines" className="people-paste__refused-list">
        {preview.refused.map((r) => (
          <li key={`${r.line}-${r.text}`}>
            <strong>Line {r.line}:</strong> <span className="people-paste__entry">{r.text.slice(0, 120)}</span> —{' '}
            {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
