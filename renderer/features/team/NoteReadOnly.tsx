import { EditorContent, useEditor } from '@tiptap/react';
import type { NoteDoc } from '../../../shared/model/note';
import { noteEditorOptions } from '../notes/extensions';

const NO_LINK_FORM = () => undefined;

/**
 * A note shown read-only with the note editors' own extensions and look (headings, lists,
 * action items as they are written), as a past retro shows its notes: nothing to save, so no
 * autosave slot. The document is fixed for the component's life (key it by the note).
 */
export function NoteReadOnly({ doc, label }: { doc: NoteDoc; label: string }) {
  const editor = useEditor(
    {
      ...noteEditorOptions('', NO_LINK_FORM),
      content: doc,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { role: 'document', 'aria-label': label, class: 'note-editor__content' },
      },
    },
    [],
  );
  return (
    <div className="note-editor note-editor--readonly conflict__note">
      <EditorContent editor={editor} />
    </div>
  );
}
