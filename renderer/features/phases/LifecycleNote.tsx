import type { LifecycleNote as NoteName } from '../../../shared/model/lifecycle';
import type { NoteDoc } from '../../../shared/model/note';
import { useAppStore } from '../../store';
import { NoteEditor } from '../notes/NoteEditor';
import { useEngagementReadOnly } from '../engagements/ReadOnlyNotice';

interface Props {
  engagementId: string;
  note: NoteName;
  label: string;
  placeholder: string;
  initial: NoteDoc;
}

/** A rich-text part of the lifecycle (one-pager, intro notes, kick-off notes, check-in notes), saved as you type. */
export function LifecycleNote({ engagementId, note, label, placeholder, initial }: Props) {
  const saveNote = useAppStore((s) => s.saveLifecycleNote);
  const readOnly = useEngagementReadOnly(engagementId);
  // data-search-section: a search result in this note highlights its match here, not in the page's other notes.
  return (
    <div data-search-section={note}>
      <NoteEditor
        saveKey={`${engagementId}:lifecycle:${note}`}
        label={label}
        placeholder={placeholder}
        initial={initial}
        editable={!readOnly}
        save={(doc) => saveNote(engagementId, note, doc)}
      />
    </div>
  );
}
