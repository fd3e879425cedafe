import { NoteDocSchema } from '../../../shared/model/note';
import { noteToText } from '../../../shared/note/render';
import type { ConflictView } from '../../../shared/ipc/team';
import { NoteReadOnly } from './NoteReadOnly';
import { valueText } from './conflictChoices';

type FieldKind = ConflictView['fields'][number]['kind'];

/**
 * One side of a field in conflict, read-only: a note as the note editors show it (a document
 * named `label`), text as text (line breaks kept), any other value written as text, each under
 * its side's heading. A note that does not validate is shown as text rather than given to the
 * editor (pulled content is untrusted); an empty one says so.
 */
export function ConflictVersion({ kind, value, label }: { kind: FieldKind; value: unknown; label: string }) {
  if (kind === 'note') {
    const doc = NoteDocSchema.safeParse(value);
    if (!doc.success) return <p className="conflict__text muted">This version could not be read as a note.</p>;
    if (noteToText(doc.data).trim() !== '') return <NoteReadOnly doc={doc.data} label={label} />;
    return <p className="conflict__text muted">(empty)</p>;
  }
  const text = typeof value === 'string' && kind === 'text' ? value : valueText(value);
  const empty = text === '' || text === '(empty)';
  return <p className={`conflict__text ${empty ? 'muted' : ''}`}>{empty ? '(empty)' : text}</p>;
}
