import type { Person, PersonRole } from '../../../shared/model/engagement';
import type { NpsRole } from '../../../shared/model/projectRetro';
import { replaceControlChars } from '../../../shared/text';

/** A cell as text: Windows and old Mac line breaks as \n, spaces at either end removed. */
export function cellText(raw: string | undefined): string {
  return (raw ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Whether a cell would run as a formula if this text reached a spreadsheet again (CSV
 * injection): "=…" always; "+", "-" or "@" followed by a function call or a DDE link
 * ("+SUM(", "-cmd|' /C calc'!A0", "@HYPERLINK("), not "+1" or "- none".
 */
export function looksLikeFormula(cell: string): boolean {
  const text = cell.trimStart();
  return text.startsWith('=') || /^[+\-@]\s*[A-Za-z_][\w.]*[(|!]/.test(text);
}

/** The score a cell holds ("9", "9.0", "9 - Very likely"), the cell itself when it is no number, null when empty. */
export function scoreOf(cell: string): number | string | null {
  if (cell === '') return null;
  const plain = /^([+-]?\d+(?:[.,]\d+)?)$/.exec(cell);
  if (plain) return Number((plain[1] ?? '').replace(',', '.'));
  // A labelled scale point, as some forms export it: "10 (Extremely likely)", "0 - Not at all".
  const labelled = /^(\d{1,2})\s*(?:[-–—:(]|\s)\s*\D/.exec(cell);
  if (labelled) return Number(labelled[1]);
  return cell;
}

/** A name or address a form writes when it did not ask: Microsoft Forms' "anonymous". */
const NOBODY = /^(anonymous|anonym|n\/a|-)$/i;

/**
 * Who answered: the person of the engagement with that address or name (People knows how
 * they are written), else the cell as it is; '' for an anonymous answer.
 */
export function respondentOf(cell: string, people: readonly Person[]): { name: string; person: Person | null } {
  if (cell === '' || NOBODY.test(cell)) return { name: '', person: null };
  const lower = cell.toLowerCase();
  const person =
    people.find((p) => p.email !== '' && p.email.toLowerCase() === lower) ??
    people.find((p) => p.name.toLowerCase() === lower) ??
    null;
  return { name: person ? person.name : cell, person };
}

const ROLE_OF_PERSON: Record<PersonRole, NpsRole> = {
  'host-developer': 'engineer',
  'tech-lead': 'engineer',
  engineer: 'engineer',
  'host-pm': 'product',
  advisor: 'other',
  manager: 'other',
};

/** A role as a form's own question words it ("Software engineer", "Product manager"). */
function roleOfText(text: string): NpsRole {
  if (/product|\bpm\b|\bpo\b|owner/i.test(text)) return 'product';
  if (/engineer|develop|\bdev\b|programm|tech|\bqa\b|\bsre\b|ops|architect/i.test(text)) return 'engineer';
  return 'other';
}

/** The role column's word, else the person's role in People, else the role chosen for the rest. */
export function roleOf(cell: string | null, person: Person | null, fallback: NpsRole): NpsRole {
  if (cell !== null && cell !== '') return roleOfText(cell);
  if (person) return ROLE_OF_PERSON[person.role];
  return fallback;
}

/** A cell as the preview shows a refused row: one line, control characters as "�", cut short. */
export function shownCell(cell: string): string {
  const line = replaceControlChars(cell.replace(/\n/g, ' '), '\uFFFD');
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
