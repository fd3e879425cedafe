import type { Editor } from '@tiptap/core';
import type { NoteDoc } from '../../../shared/model/note';

/**
 * Puts the note as it is saved into an open editor when it changed elsewhere (a team sync
 * merged a teammate's words, another program wrote the file), so the editor never shows, and
 * then saves back, a version older than the record's. Not while `hasUnsaved` (words typed
 * here that wait to be saved are newer). Compared as documents, not as JSON, so the same note
 * with its keys in another order changes nothing (and the caret stays where it is).
 * Answers whether the editor's content was replaced.
 */
export function followSavedNote(editor: Editor, saved: NoteDoc, hasUnsaved: boolean): boolean {
  if (hasUnsaved || editor.isDestroyed) return false;
  try {
    if (editor.schema.nodeFromJSON(saved).eq(editor.state.doc)) return false;
  } catch {
    // A note this editor cannot read: left as it shows.
    return false;
  }
  // Not the user's edit: nothing to save again, and nothing for Undo to take back.
  editor.chain().setMeta('addToHistory', false).setContent(saved, { emitUpdate: false }).run();
  return true;
}
