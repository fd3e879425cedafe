import { NOTE_SECTION_LABELS, NOTE_SECTIONS, type NoteSection, type Retro } from '../../../shared/model/retro';
import type { ShortcutId } from '../../../shared/shortcuts';
import { itemIdsOutside, noteIsEmpty } from '../../../shared/retro/noteText';
import { negativeFeedbackNudge } from '../../../shared/retro/rules';
import { useAppStore } from '../../store';
import { NoteEditor } from '../notes/NoteEditor';
import { usePastRetro } from './usePastRetro';

/** Prompts for the facilitator: only on this week's or an upcoming retro. */
const PLACEHOLDERS: Record<NoteSection, string> = {
  wentWell: 'What went well this week?',
  wentPoorly: 'What went poorly? Ask the room for candid feedback.',
  doNextTime: 'What will we do next time? Add action items with an owner.',
  notes: 'Anything else: decisions, links, context.',
};

/** Alt+1…4 (⌥ on macOS), in NOTE_SECTIONS' order. */
const SECTION_KEYS: readonly ShortcutId[] = [
  'retro.section.1',
  'retro.section.2',
  'retro.section.3',
  'retro.section.4',
];

/**
 * The retro's four notes, saved as they are typed, with a nudge when "went poorly" is thin.
 * A past week's retro reads as a record: no nudge, no prompts, and an empty section read-only
 * says "Nothing noted" instead of showing an empty box.
 */
export function RetroNotes({
  engagementId,
  retro,
  retros,
  editable,
}: {
  engagementId: string;
  retro: Retro;
  retros: Retro[];
  editable: boolean;
}) {
  const saveNote = useAppStore((s) => s.saveRetroNote);
  const past = usePastRetro(retro.date);
  const nudge = past ? null : negativeFeedbackNudge(retro.notes);
  // Action-item ids taken by the other notes, as the store has them at the moment of asking.
  const takenOutside = (section: NoteSection) =>
    itemIdsOutside(useAppStore.getState().dataOf('retro', engagementId)?.retros ?? retros, retro.id, section);
  return (
    <div className="notes-grid">
      {NOTE_SECTIONS.map((section, index) => (
        <section
          key={section}
          className={`note-card note-card--${section}`}
          aria-labelledby={`note-${section}`}
          data-search-section={section}
          data-window-title={NOTE_SECTION_LABELS[section]}
          data-step={section === 'notes' ? 'wrapUp' : section}
        >
          <h2 id={`note-${section}`} className="note-card__title">
            {NOTE_SECTION_LABELS[section]}
          </h2>
          {section === 'wentPoorly' && nudge && editable ? (
            <p className="nudge" role="status">
              {nudge === 'empty'
                ? '“Went poorly” is empty. Ask the room for negative feedback: what slowed you down, what would you change?'
                : '“Went poorly” is much thinner than “went well”. Ask explicitly for negative feedback.'}
            </p>
          ) : null}
          {!editable && noteIsEmpty(retro.notes[section]) ? (
            <p className="note-card__empty">Nothing noted</p>
          ) : (
            <NoteEditor
              saveKey={`${engagementId}:${retro.id}:${section}`}
              save={(doc) => saveNote(engagementId, retro.id, section, doc)}
              label={NOTE_SECTION_LABELS[section]}
              placeholder={past ? 'Nothing noted' : PLACEHOLDERS[section]}
              initial={retro.notes[section]}
              editable={editable}
              takenItemIds={() => takenOutside(section)}
              jumpKey={SECTION_KEYS[index]}
            />
          )}
        </section>
      ))}
    </div>
  );
}
