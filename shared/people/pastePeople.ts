import { PersonSchema, PERSON_ROLES, ROLE_LABELS, type PersonRole } from '../model/engagement';
import { readPaste, roleOf, type PasteEntry } from './pasteEntries';

/** A person as the People editor holds them (its draft, before the engagement is saved). */
export interface PersonLike {
  id: string;
  name: string;
  email: string;
  role: PersonRole;
}

/** What one pasted person (or several merged, by address) does to People. */
export type PastePreviewRow =
  | { kind: 'add'; name: string; email: string; role: PersonRole; nameFromAddress: boolean; lines: number[] }
  /** Someone already in People gains what they lacked: their address, or their name. */
  | { kind: 'update'; index: number; person: string; name: string | null; email: string | null; lines: number[] }
  /** Already in People, with nothing new: merged, nothing changes. */
  | { kind: 'same'; index: number; person: string; lines: number[] };

export interface PasteRefusal {
  line: number;
  text: string;
  message: string;
}

export interface PastePreview {
  format: 'list' | 'csv';
  rows: PastePreviewRow[];
  refused: PasteRefusal[];
  /** Entries folded into an earlier one with the same address. */
  mergedInPaste: number;
  /** Why nothing at all can be added (too long, too many), else null. */
  problem: string | null;
}

export const MAX_PASTE_CHARS = 100_000;
export const MAX_PASTE_ENTRIES = 500;
/** The engagement file's cap (EngagementFields.people). */
export const MAX_PEOPLE = 200;

/** The engagement file's own rules for a person's name, email and role. */
const PastedPersonSchema = PersonSchema.pick({ name: true, email: true, role: true });

const ROLE_LIST = `${PERSON_ROLES.slice(0, -1)
  .map((r) => ROLE_LABELS[r])
  .join(', ')} or ${ROLE_LABELS[PERSON_ROLES[PERSON_ROLES.length - 1] ?? 'manager']}`;

interface Candidate {
  name: string;
  email: string;
  role: PersonRole;
  roleGiven: boolean;
  nameFromAddress: boolean;
  lines: number[];
}

/** "kenji.sato@example.com" → "Kenji Sato": a name to start from, marked as taken from the address. */
function nameFromAddress(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((word) => (word[0]?.toUpperCase() ?? '') + word.slice(1))
    .join(' ');
}

/** One entry checked against the person schema: the person, or why it is refused. */
function check(entry: PasteEntry, defaultRole: PersonRole): Candidate | string {
  const email = entry.email.trim();
  const typedName = entry.name.trim();
  if (typedName === '' && email === '') return 'Nothing to add here: give a name, an email address, or both.';
  let role = defaultRole;
  if (entry.role !== null) {
    const known = roleOf(entry.role);
    if (!known) return `“${entry.role.trim().slice(0, 40)}” is not a role: use ${ROLE_LIST}, or leave it empty.`;
    role = known;
  }
  const derived = typedName === '';
  const parsed = PastedPersonSchema.safeParse({ name: derived ? nameFromAddress(email) : typedName, email, role });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'email' ? `“${email.slice(0, 80)}”: ` : '';
    return `${field}${issue?.message ?? 'This person could not be read.'}`;
  }
  return { ...parsed.data, roleGiven: entry.role !== null, nameFromAddress: derived, lines: [entry.line] };
}

const keyOf = (c: { name: string; email: string }) =>
  c.email !== '' ? `email:${c.email.toLowerCase()}` : `name:${c.name.toLowerCase()}`;

/** Folds entries with the same address (or, without one, the same name) into the first. */
function mergeWithinPaste(candidates: Candidate[]): { merged: Candidate[]; folded: number } {
  const byKey = new Map<string, Candidate>();
  let folded = 0;
  for (const c of candidates) {
    const first = byKey.get(keyOf(c));
    if (!first) {
      byKey.set(keyOf(c), { ...c, lines: [...c.lines] });
      continue;
    }
    folded += 1;
    first.lines.push(...c.lines);
    if (first.nameFromAddress && !c.nameFromAddress) Object.assign(first, { name: c.name, nameFromAddress: false });
    if (!first.roleGiven && c.roleGiven) Object.assign(first, { role: c.role, roleGiven: true });
  }
  return { merged: [...byKey.values()], folded };
}

/** Each pasted person against the people already there: added, merged into one (gaining what they lacked), or the same. */
function against(existing: readonly PersonLike[], candidates: Candidate[]): PastePreviewRow[] {
  const claimed = new Set<number>();
  const label = (p: PersonLike, index: number) => p.name.trim() || p.email || `Person ${index + 1}`;
  const find = (test: (p: PersonLike) => boolean) => existing.findIndex((p, i) => !claimed.has(i) && test(p));
  return candidates.map((c): PastePreviewRow => {
    const lower = c.name.toLowerCase();
    const byEmail = c.email === '' ? -1 : find((p) => p.email.trim().toLowerCase() === c.email.toLowerCase());
    const byName = find((p) => p.name.trim().toLowerCase() === lower && (c.email === '' || p.email.trim() === ''));
    const index = byEmail >= 0 ? byEmail : byName;
    const person = existing[index];
    if (!person) {
      const { name, email, role, nameFromAddress: derived, lines } = c;
      return { kind: 'add', name, email, role, nameFromAddress: derived, lines };
    }
    claimed.add(index);
    const name = person.name.trim() === '' && !c.nameFromAddress ? c.name : null;
    const email = person.email.trim() === '' && c.email !== '' ? c.email : null;
    if (name === null && email === null) return { kind: 'same', index, person: label(person, index), lines: c.lines };
    return { kind: 'update', index, person: label(person, index), name, email, lines: c.lines };
  });
}

/**
 * What pasting `text` into People would do, for the preview: nothing is changed until
 * `applyPaste`. Every entry is checked with the engagement file's person schema; one that
 * fails is refused with its line and why, and the others can still be added.
 */
export function previewPaste(existing: readonly PersonLike[], text: string, defaultRole: PersonRole): PastePreview {
  const empty = { rows: [], refused: [], mergedInPaste: 0 };
  if (text.length > MAX_PASTE_CHARS) {
    return {
      format: 'list',
      ...empty,
      problem: `That is too much to paste at once (${text.length.toLocaleString('en')} characters; at most ${MAX_PASTE_CHARS.toLocaleString('en')}).`,
    };
  }
  const read = readPaste(text);
  if (read.entries.length + read.unreadable.length > MAX_PASTE_ENTRIES) {
    return { format: read.format, ...empty, problem: `Paste at most ${MAX_PASTE_ENTRIES} people at a time.` };
  }
  const refused: PasteRefusal[] = [...read.unreadable];
  const candidates: Candidate[] = [];
  for (const entry of read.entries) {
    const checked = check(entry, defaultRole);
    if (typeof checked === 'string') refused.push({ line: entry.line, text: entry.text, message: checked });
    else candidates.push(checked);
  }
  refused.sort((a, b) => a.line - b.line);
  const { merged, folded } = mergeWithinPaste(candidates);
  const rows = against(existing, merged);
  const adds = rows.filter((r) => r.kind === 'add').length;
  const room = MAX_PEOPLE - existing.length;
  const problem =
    adds > room
      ? `An engagement has at most ${MAX_PEOPLE} people: there is room for ${Math.max(0, room)} more, and this adds ${adds}.`
      : null;
  return { format: read.format, rows, refused, mergedInPaste: folded, problem };
}

/** People with the preview applied: the updates in place, the new people at the end (with fresh ids). */
export function applyPaste(existing: readonly PersonLike[], preview: PastePreview, newId: () => string): PersonLike[] {
  if (preview.problem !== null) return [...existing];
  const people = existing.map((p) => ({ ...p }));
  for (const row of preview.rows) {
    if (row.kind === 'update') {
      const person = people[row.index];
      if (!person) continue;
      if (row.name !== null) person.name = row.name;
      if (row.email !== null) person.email = row.email;
    } else if (row.kind === 'add') {
      people.push({ id: newId(), name: row.name, email: row.email, role: row.role });
    }
  }
  return people;
}

/** The refused entries, one per line, to leave in the box for correcting (nothing typed is lost). */
export function refusedText(preview: PastePreview): string {
  return preview.refused.map((r) => r.text).join('\n');
}
