import { formatDisplayDate } from '../dates';
import type { Engagement } from '../model/engagement';
import { LIFECYCLE_NOTES, type LifecycleNote, type LifecycleSection } from '../model/lifecycle';
import type { NoteNode } from '../model/note';
import { PROJECT_NOTE_SECTIONS, type ProjectSection } from '../model/projectRetro';
import { NOTE_SECTIONS, type Goal, type Retro, type RetroSection } from '../model/retro';
import { noteText } from '../retro/noteText';
import { recordKeyOf, type SearchDoc, type SearchKind } from './searchDoc';

/** An engagement's searchable records, each under its record key. */
export type RecordDocs = Map<string, SearchDoc[]>;

const LIFECYCLE_KINDS: Record<LifecycleNote, SearchKind> = {
  onePager: 'one-pager',
  introNotes: 'intro-notes',
  kickoffNotes: 'kickoff-notes',
  checkInNotes: 'check-in-notes',
};

const LIFECYCLE_TITLES: Record<LifecycleNote, string> = {
  onePager: 'One-pager',
  introNotes: 'Intro notes',
  kickoffNotes: 'Kick-off notes',
  checkInNotes: 'Check-in notes',
};

interface Piece {
  section: string | null;
  text: string;
}

function record(
  engagement: Engagement,
  kind: SearchKind,
  recordId: string,
  meta: { title: string; date: string | null; people: string[] },
  pieces: Piece[],
): [string, SearchDoc[]] {
  const recordKey = recordKeyOf(engagement.id, kind, recordId);
  const docs = pieces
    // A section with no text is not worth a result; the title alone still finds the record.
    .filter((piece, index) => piece.text.trim() !== '' || index === 0)
    .map((piece) => ({
      id: `${recordKey}#${piece.section ?? ''}`,
      recordKey,
      engagementId: engagement.id,
      engagementName: engagement.name,
      kind,
      recordId,
      section: piece.section,
      ...meta,
      text: piece.text,
    }));
  return [recordKey, docs];
}

const textOf = (doc: NoteNode): string => noteText(doc).trim();

export function retroDocs(engagement: Engagement, retro: Retro): [string, SearchDoc[]] {
  const people = retro.attendees.map((a) => a.name);
  const pieces: Piece[] = NOTE_SECTIONS.map((section) => ({ section, text: textOf(retro.notes[section]) }));
  pieces.push({ section: 'mvpStatus', text: retro.mvpStatus });
  const scoreNotes = retro.goalScores.map((s) => s.note).filter((note) => note.trim() !== '');
  pieces.push({ section: 'goalScores', text: scoreNotes.join('\n') });
  const withText = pieces.filter((piece) => piece.text.trim() !== '');
  return record(
    engagement,
    'retro',
    retro.id,
    { title: `Retro of ${formatDisplayDate(retro.date)}`, date: retro.date, people },
    withText.length > 0 ? withText : [{ section: null, text: '' }],
  );
}

export function goalDocs(engagement: Engagement, goal: Goal): [string, SearchDoc[]] {
  const text = [goal.metric, goal.baseline, goal.target].filter((part) => part.trim() !== '').join('\n');
  return record(engagement, 'goal', goal.id, { title: goal.title, date: null, people: [] }, [{ section: null, text }]);
}

function projectDocs(engagement: Engagement, project: ProjectSection): [string, SearchDoc[]][] {
  const out: [string, SearchDoc[]][] = [];
  const retro = project.retro;
  const pieces = PROJECT_NOTE_SECTIONS.map((section) => ({ section, text: textOf(retro.notes[section]) })).filter(
    (piece) => piece.text !== '',
  );
  if (pieces.length > 0) {
    const people = retro.attendees.map((a) => a.name);
    out.push(
      record(
        engagement,
        'project-retro',
        'project-retro',
        { title: 'Project retro', date: retro.date, people },
        pieces,
      ),
    );
  }
  for (const milestone of project.milestones) {
    const meta = { title: milestone.title, date: milestone.date, people: [] };
    out.push(record(engagement, 'milestone', milestone.id, meta, [{ section: null, text: milestone.note }]));
  }
  for (const response of project.nps) {
    const who = response.respondent.trim() === '' ? 'Anonymous' : response.respondent;
    const meta = { title: `NPS ${response.score} from ${who}`, date: response.createdAt.slice(0, 10), people: [who] };
    out.push(record(engagement, 'nps', response.id, meta, [{ section: null, text: response.comment }]));
  }
  return out;
}

function lifecycleDocs(engagement: Engagement, lifecycle: LifecycleSection): [string, SearchDoc[]][] {
  const out: [string, SearchDoc[]][] = [];
  for (const note of LIFECYCLE_NOTES) {
    const text = textOf(lifecycle[note]);
    if (text === '') continue;
    const date =
      note === 'kickoffNotes' ? lifecycle.kickoffDate : note === 'checkInNotes' ? lifecycle.checkInHeldOn : null;
    const meta = { title: LIFECYCLE_TITLES[note], date, people: [] };
    out.push(record(engagement, LIFECYCLE_KINDS[note], note, meta, [{ section: note, text }]));
  }
  for (const followUp of lifecycle.followUps) {
    const text = [followUp.role, ...followUp.log.map((contact) => contact.note)]
      .filter((t) => t.trim() !== '')
      .join('\n');
    const meta = { title: `Follow-up with ${followUp.person}`, date: followUp.lastContact, people: [followUp.person] };
    out.push(record(engagement, 'follow-up', followUp.id, meta, [{ section: null, text }]));
  }
  return out;
}

export interface EngagementRecords {
  engagement: Engagement;
  retro?: RetroSection;
  project?: ProjectSection;
  lifecycle?: LifecycleSection;
}

/** Everything of one engagement that search finds, as the services read it. */
export function engagementDocs({ engagement, retro, project, lifecycle }: EngagementRecords): RecordDocs {
  const entries: [string, SearchDoc[]][] = [];
  for (const person of engagement.people) {
    const meta = { title: person.name, date: null, people: [person.name] };
    entries.push(
      record(engagement, 'person', person.id, meta, [{ section: null, text: `${person.role} ${person.email}` }]),
    );
  }
  for (const goal of retro?.goals ?? []) entries.push(goalDocs(engagement, goal));
  for (const r of retro?.retros ?? []) {
    if (r.deletedAt === null) entries.push(retroDocs(engagement, r));
  }
  if (project) entries.push(...projectDocs(engagement, project));
  if (lifecycle) entries.push(...lifecycleDocs(engagement, lifecycle));
  return new Map(entries);
}
